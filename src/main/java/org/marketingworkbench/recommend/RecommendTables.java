package org.marketingworkbench.recommend;

import java.util.List;
import org.marketingworkbench.i18n.Messages;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Recommend results as tables, for the page's export buttons and the report. */
public final class RecommendTables {

    private RecommendTables() {
    }

    /** "Precision@10", "Recall@10", "Hit rate@10", "NDCG@10", "Coverage": the metric names in the current language. */
    public static List<String> metricLabels(int top) {
        return List.of(Messages.get("recommend.metric.precision", top), Messages.get("recommend.metric.recall", top),
                Messages.get("recommend.metric.hitRate", top), Messages.get("recommend.metric.ndcg", top),
                Messages.get("recommend.metric.coverage"));
    }

    /** The method's name and the two baselines', in the order of {@link #evaluation}. */
    public static List<String> rowLabels(Method method) {
        return List.of(Messages.get("recommend.method." + method.id()), Messages.get("recommend.baseline.popularity"),
                Messages.get("recommend.baseline.random"));
    }

    /** precision@N, recall@N, hit rate, NDCG, coverage. */
    public static double[] values(Metrics metrics) {
        return new double[] {metrics.precisionAtN(), metrics.recallAtN(), metrics.hitRate(), metrics.ndcg(),
            metrics.coverage()};
    }

    /** One row per recommender (the method, popularity, random) with the five metrics. */
    public static Table evaluation(EvaluationResult evaluation, Method method) {
        List<Metrics> rows = List.of(evaluation.model(), evaluation.popularity(), evaluation.random());
        Table table = Table.create("evaluation", StringColumn.create("method", rowLabels(method)));
        List<String> names = List.of("precision_at_n", "recall_at_n", "hit_rate", "ndcg", "coverage");
        for (int m = 0; m < names.size(); m++) {
            int metric = m;
            table.addColumns(DoubleColumn.create(names.get(m),
                    rows.stream().mapToDouble(row -> values(row)[metric]).toArray()));
        }
        return table;
    }

    /** segment, customers, rank, item, customers_recommended, share: the top items of every segment. */
    public static Table segments(List<SegmentItems> segments) {
        StringColumn segment = StringColumn.create("segment");
        IntColumn customers = IntColumn.create("customers");
        IntColumn rank = IntColumn.create("rank");
        StringColumn item = StringColumn.create("item");
        IntColumn recommended = IntColumn.create("customers_recommended");
        DoubleColumn share = DoubleColumn.create("share");
        for (SegmentItems group : segments) {
            for (int r = 0; r < group.items().size(); r++) {
                SegmentItems.Item top = group.items().get(r);
                segment.append(group.segment());
                customers.append(group.customers());
                rank.append(r + 1);
                item.append(top.item());
                recommended.append(top.customers());
                share.append(top.share());
            }
        }
        return Table.create("segment-top-items", segment, customers, rank, item, recommended, share);
    }
}
