package org.marketingworkbench.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marketingworkbench.campaign.BudgetPlan;
import org.marketingworkbench.campaign.Campaign;
import org.marketingworkbench.campaign.CampaignAnalysis;
import org.marketingworkbench.campaign.CampaignColumns;
import org.marketingworkbench.campaign.CampaignReader;
import org.marketingworkbench.campaign.CampaignTables;
import org.marketingworkbench.campaign.ScoredCampaign;
import org.marketingworkbench.campaign.SegmentChannelMatrix;
import org.marketingworkbench.campaign.TopChanges;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.report.CsvExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code campaign}: scores campaigns by P = a R + (1 - a) V, per segment and channel. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = {"Scores campaigns per segment and channel: P = a x R + (1 - a) x V, with R the attention "
            + "rate (engagements / reach) and V the conversion rate (conversions / reach), each min-max "
            + "normalised across the campaigns. Columns are guessed from their names unless given.",
            "Writes campaigns.csv, matrix.csv and plan.csv; prints one JSON object with alpha, campaigns "
            + "(name, channel, segment, R, V, P, rank, ...), best_by_segment, best_channel_by_segment and top_changes."})
public final class CampaignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--alpha", defaultValue = "0.5", paramLabel = "A", description = "Weight of attention against conversion, 0 to 1 (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--name-col", paramLabel = "C", description = "Campaign or strategy name column.")
    String nameColumn;

    @Option(names = "--channel-col", paramLabel = "C", description = "Channel column.")
    String channelColumn;

    @Option(names = "--segment-col", paramLabel = "C", description = "Segment column.")
    String segmentColumn;

    @Option(names = "--reach-col", paramLabel = "C", description = "Reach or impressions column.")
    String reachColumn;

    @Option(names = "--engagement-col", paramLabel = "C", description = "Engagements column.")
    String engagementColumn;

    @Option(names = "--conversion-col", paramLabel = "C", description = "Conversions column.")
    String conversionColumn;

    @Option(names = "--cost-col", paramLabel = "C", description = "Cost column.")
    String costColumn;

    @Option(names = "--revenue-col", paramLabel = "C", description = "Revenue column.")
    String revenueColumn;

    @Option(names = "--budget", paramLabel = "B", description = "Budget to plan per segment (default: the campaigns' total cost).")
    Double budget;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    java.nio.file.Path out;

    @Override
    public Integer call() throws IOException {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new BadInputException("campaign.error.alpha", alpha);
        }
        var table = input.load().table();
        CampaignColumns columns = CampaignColumns.guess(table.columnNames()).override(new CampaignColumns(nameColumn,
                channelColumn, segmentColumn, reachColumn, engagementColumn, conversionColumn, costColumn, revenueColumn));
        List<Campaign> campaigns = CampaignReader.read(table, columns);
        CampaignAnalysis analysis = CampaignAnalysis.of(campaigns, alpha);
        double planBudget = budget != null ? budget : campaigns.stream().mapToDouble(Campaign::cost)
                .filter(cost -> !Double.isNaN(cost)).sum();
        List<BudgetPlan.Line> plan = BudgetPlan.plan(analysis.matrix(), planBudget);
        try (OutputStage stage = OutputStage.open(out)) {
            CsvExporter csv = CsvExporter.withDefaults();
            csv.write(CampaignTables.ranking(analysis.ranking()), stage.file("campaigns.csv"));
            csv.write(CampaignTables.matrix(analysis.matrix()), stage.file("matrix.csv"));
            csv.write(CampaignTables.plan(plan), stage.file("plan.csv"));
            stage.commit();
        }
        JsonOutput.print(spec.commandLine().getOut(), json(analysis, columns));
        return ExitCode.OK;
    }

    private static Map<String, Object> json(CampaignAnalysis analysis, CampaignColumns columns) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("alpha", analysis.alpha());
        List<Map<String, Object>> campaigns = new ArrayList<>();
        for (ScoredCampaign scored : analysis.ranking()) {
            Campaign c = scored.campaign();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", c.name());
            item.put("channel", c.channel());
            item.put("segment", c.segment());
            item.put("R", scored.attention());
            item.put("V", scored.conversion());
            item.put("P", scored.score());
            item.put("rank", scored.rank());
            item.put("attention_rate", c.attentionRate());
            item.put("conversion_rate", c.conversionRate());
            item.put("reach", c.reach());
            item.put("engagements", c.engagements());
            item.put("conversions", c.conversions());
            item.put("cpa", finite(c.costPerAcquisition()));
            item.put("roi", finite(c.returnOnInvestment()));
            campaigns.add(item);
        }
        result.put("campaigns", campaigns);
        Map<String, Object> best = new LinkedHashMap<>();
        analysis.bestBySegment().forEach((segment, scored) -> best.put(segment, Map.of(
                "name", scored.campaign().name(), "channel", scored.campaign().channel(), "P", scored.score())));
        result.put("best_by_segment", best);
        SegmentChannelMatrix matrix = analysis.matrix();
        Map<String, Object> bestChannel = new LinkedHashMap<>();
        matrix.segments().forEach(segment -> bestChannel.put(segment, matrix.bestChannel(segment)));
        result.put("best_channel_by_segment", bestChannel);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (TopChanges.Change change : analysis.topChanges()) {
            changes.add(Map.of("alpha", change.alpha(),
                    "from", labelOf(analysis, change.from()),
                    "to", labelOf(analysis, change.to())));
        }
        result.put("top_changes", changes);
        result.put("columns", columnsJson(columns));
        return result;
    }

    private static String labelOf(CampaignAnalysis analysis, int index) {
        return analysis.campaigns().get(index).label();
    }

    private static Map<String, Object> columnsJson(CampaignColumns columns) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", columns.name());
        map.put("channel", columns.channel());
        map.put("segment", columns.segment());
        map.put("reach", columns.reach());
        map.put("engagements", columns.engagements());
        map.put("conversions", columns.conversions());
        map.put("cost", columns.cost());
        map.put("revenue", columns.revenue());
        return map;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
