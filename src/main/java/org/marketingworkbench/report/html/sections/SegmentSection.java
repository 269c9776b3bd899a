package org.marketingworkbench.report.html.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.HtmlWriter;
import org.marketingworkbench.report.html.KeyFigure;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.TableOptions;
import org.marketingworkbench.segment.ClusterQuality;
import org.marketingworkbench.segment.KMeansOptions;
import org.marketingworkbench.segment.Notice;
import org.marketingworkbench.segment.SegmentCharts;
import org.marketingworkbench.segment.SegmentProfile;
import org.marketingworkbench.segment.SegmentTables;
import org.marketingworkbench.segment.SegmentationResult;

/**
 * The customer segments: how they were made, their sizes, each one in words, the profile heat
 * map, the map of customers, and the profiles table.
 */
public final class SegmentSection implements ReportSection {
    public static final String ID = "segments";
    /** The profiles table's columns a reader needs; the CSV has the sizes and descriptions too. */
    static final List<String> PROFILE_COLUMNS = List.of("segment", "name", "feature", "kind", "segment_value",
            "base_value", "difference_sd");

    private final SegmentationResult result;
    private final String sourceName;

    /** @param sourceName the file (or "prepared data") the customers came from */
    public SegmentSection(SegmentationResult result, String sourceName) {
        this.result = result;
        this.sourceName = sourceName;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Messages.get("report.segment.title");
    }

    @Override
    public void write(HtmlWriter out) {
        KMeansOptions kmeans = result.parameters().kmeans();
        out.paragraph(Messages.get("report.segment.method", String.join(", ", features()), Messages.get("segment.scaling." + result.parameters().features().scaling().id()), result.k(),
                kmeans.restarts(), kmeans.seed()));
        out.remark(Messages.get("report.segment.source", sourceName));
        for (Notice notice : result.notices()) {
            out.remark(notice.text());
        }
        out.keyFigures(figures());
        out.heading(Messages.get("report.segment.segments"));
        out.bullets(descriptions());
        out.chart("sizes", null, SegmentCharts.sizes(result, ChartStyle.LIGHT), CampaignSection.CHART_WIDTH,
                90 + 40 * result.k());
        out.chart("heat-map", Messages.get("report.segment.heatMapCaption", SegmentCharts.HEAT_MAP_LIMIT),
                SegmentCharts.profileHeatMap(result, ChartStyle.LIGHT), CampaignSection.CHART_WIDTH,
                140 + 28 * result.features().size());
        out.chart("map", Messages.get("report.segment.mapCaption"), SegmentCharts.map(result, ChartStyle.LIGHT),
                CampaignSection.CHART_WIDTH, 560);
        if (SegmentCharts.hasRevenue(result)) {
            out.chart("revenue", null, SegmentCharts.revenueShare(result, ChartStyle.LIGHT), CampaignSection.CHART_WIDTH,
                    90 + 56 * result.k());
        }
        out.table("profiles", Messages.get("report.segment.profilesTable"), SegmentTables.profiles(result),
                TableOptions.allRows().showingColumns(PROFILE_COLUMNS));
    }

    /** The features asked for, numbers then categories, in the order chosen. */
    private List<String> features() {
        List<String> names = new ArrayList<>(result.parameters().features().numeric());
        names.addAll(result.parameters().features().categories());
        return names;
    }

    private List<KeyFigure> figures() {
        ClusterQuality quality = result.quality();
        SegmentProfile largest = result.profiles().get(0);
        for (SegmentProfile profile : result.profiles()) {
            largest = profile.size() > largest.size() ? profile : largest;
        }
        String silhouette = quality.silhouetteExact() ? Messages.get("report.segment.exact")
                : Messages.get("report.segment.sampled", quality.silhouetteSampleSize());
        return List.of(
                KeyFigure.of(Messages.get("report.segment.k"), Integer.toString(result.k())),
                KeyFigure.of(Messages.get("report.segment.customers"),
                        String.format(Locale.ROOT, "%,d", result.clustering().size())),
                new KeyFigure(Messages.get("report.segment.silhouette"),
                        String.format(Locale.ROOT, "%.2f", quality.silhouette()), silhouette),
                new KeyFigure(Messages.get("report.segment.largest"), result.name(largest.segment()),
                        Messages.get("report.segment.share", largest.share())));
    }

    /** "Segment 1 (1,203 customers, 35.2%): older, high income." with the revenue share when there is one. */
    private List<String> descriptions() {
        List<String> lines = new ArrayList<>();
        for (SegmentProfile profile : result.profiles()) {
            String line = Messages.get("report.segment.line", result.name(profile.segment()), profile.size(),
                    profile.share(), profile.description());
            if (profile.revenueShare().isPresent()) {
                line += " " + Messages.get("report.segment.revenue", profile.revenueShare().getAsDouble(),
                        result.parameters().moneyColumn().orElse(""));
            }
            lines.add(line);
        }
        return lines;
    }
}
