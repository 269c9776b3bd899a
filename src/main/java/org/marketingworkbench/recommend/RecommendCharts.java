package org.marketingworkbench.recommend;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;

/** The Recommend charts, shared by the page and the report. */
public final class RecommendCharts {
    /** Precision, recall, hit rate and NDCG: the first four of {@link RecommendTables#values}. */
    private static final int RANKING_METRICS = 4;

    private RecommendCharts() {
    }

    /**
     * The four ranking metrics of the method beside the popularity and random baselines, one group
     * of bars per metric. Coverage is left to the table: it is near 1 for random lists and would
     * flatten the bars that matter.
     */
    public static JFreeChart evaluation(EvaluationResult evaluation, Method method, ChartStyle style) {
        List<Metrics> rows = List.of(evaluation.model(), evaluation.popularity(), evaluation.random());
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            values[r] = Arrays.copyOf(RecommendTables.values(rows.get(r)), RANKING_METRICS);
        }
        return BarCharts.grouped(Messages.get("recommend.chart.title", evaluation.top()),
                RecommendTables.metricLabels(evaluation.top()).subList(0, RANKING_METRICS),
                RecommendTables.rowLabels(method), values,
                Messages.get("recommend.chart.value"), style);
    }
}
