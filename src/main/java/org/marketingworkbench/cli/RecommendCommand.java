package org.marketingworkbench.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.recommend.BasketTable;
import org.marketingworkbench.recommend.Holdout;
import org.marketingworkbench.recommend.InteractionColumns;
import org.marketingworkbench.recommend.InteractionReader;
import org.marketingworkbench.recommend.Interactions;
import org.marketingworkbench.recommend.Metrics;
import org.marketingworkbench.recommend.RecommendAnalysis;
import org.marketingworkbench.recommend.RecommendCsv;
import org.marketingworkbench.recommend.RecommendParameters;
import org.marketingworkbench.recommend.RecommendResult;
import org.marketingworkbench.recommend.Similarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code recommend}: item-based recommendations for every customer, evaluated on held-out interactions. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Item-based recommendations for every customer, tested on held-out interactions beside a",
            "most-popular and a random baseline. Writes recommendations.csv and metrics.csv into --out and",
            "prints the headline figures as JSON."})
public final class RecommendCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--user-col", paramLabel = "C", description = "The customer column (not needed with --format basket).")
    String userColumn;

    @Option(names = "--item-col", paramLabel = "C", description = "The item column (not needed with --format basket).")
    String itemColumn;

    @Option(names = "--value-col", paramLabel = "C",
            description = "Quantity, rating or spend; summed per customer and item. Without it, data is implicit (bought or not).")
    String valueColumn;

    @Option(names = "--date-col", paramLabel = "C", description = "The date; the latest per customer and item is kept.")
    String dateColumn;

    @Option(names = "--similarity", paramLabel = "S", defaultValue = "cosine",
            description = "cosine, adjusted-cosine or jaccard (default: ${DEFAULT-VALUE}).")
    String similarity;

    @Option(names = "--neighbours", paramLabel = "K", defaultValue = "50",
            description = "Most-similar items kept per item (default: ${DEFAULT-VALUE}).")
    int neighbours;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Recommendations per customer, and N of the metrics (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--holdout", paramLabel = "H",
            description = "last (latest date per customer) or random (20% per customer); default: last with --date-col, else random.")
    String holdout;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seeds the holdout and the random baseline (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table (one row per interaction) or basket (one basket per line, items joined by --item-separator; each basket is a customer).")
    String format;

    @Option(names = "--item-separator", paramLabel = "S", defaultValue = ",",
            description = "With --format basket: the text between items (default: comma).")
    String itemSeparator;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the output files.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Interactions data = read();
        RecommendParameters parameters = RecommendParameters.defaults()
                .withSimilarity(Similarity.fromId(similarity)).withNeighbours(neighbours).withTop(top);
        Holdout split = Holdout.fromId(holdout != null ? holdout : dateColumn != null ? "last" : "random", seed);
        RecommendResult result = RecommendAnalysis.run(data, parameters, split, Progress.none());
        try (OutputStage stage = OutputStage.open(out)) {
            RecommendCsv.writeRecommendations(stage.file("recommendations.csv"), result.model(),
                    result.recommendations(), Progress.none());
            RecommendCsv.writeMetrics(stage.file("metrics.csv"), "item-based", result.evaluation());
            stage.commit();
        }
        JsonOutput.print(spec.commandLine().getOut(), summary(result, parameters));
        return ExitCode.OK;
    }

    private Interactions read() {
        String kind = format.trim().toLowerCase(Locale.ROOT);
        if (kind.equals("basket")) {
            Table baskets = BasketTable.read(input.input(), input.loadOptions().charset().orElse(StandardCharsets.UTF_8),
                    itemSeparator, Progress.none());
            return InteractionReader.read(baskets, InteractionColumns.of(BasketTable.BASKET_COLUMN,
                    BasketTable.ITEM_COLUMN), Progress.none());
        }
        if (!kind.equals("table")) {
            throw new BadInputException("recommend.error.format", format);
        }
        if (userColumn == null || itemColumn == null) {
            throw new BadInputException("recommend.error.columnsNeeded");
        }
        Table table = input.load().table();
        InteractionColumns columns = InteractionColumns.of(userColumn, itemColumn).withValue(valueColumn)
                .withDate(dateColumn);
        return InteractionReader.read(table, columns, Progress.none());
    }

    private static Map<String, Object> summary(RecommendResult result, RecommendParameters parameters) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("users", result.interactions().userCount());
        json.put("items", result.interactions().itemCount());
        json.put("interactions", result.interactions().size());
        json.put("similarity", parameters.similarity().id());
        json.put("neighbours", parameters.neighbours());
        json.put("n", parameters.top());
        json.put("holdout", result.evaluation().holdout().id());
        json.put("tested_users", result.evaluation().testedUsers());
        json.putAll(metrics(result.evaluation().model()));
        json.put("baseline", metrics(result.evaluation().popularity()));
        json.put("random_baseline", metrics(result.evaluation().random()));
        return json;
    }

    private static Map<String, Object> metrics(Metrics metrics) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("precision_at_n", metrics.precisionAtN());
        json.put("recall_at_n", metrics.recallAtN());
        json.put("hit_rate", metrics.hitRate());
        json.put("ndcg", metrics.ndcg());
        json.put("coverage", metrics.coverage());
        return json;
    }
}
