package org.marketingworkbench.recommend;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;

/** The Recommend charts, shared by the page and the report. */
public final class RecommendCharts {

    private RecommendCharts() {
    }

    /** The five metrics of the method beside the popularity and random baselines, one group of bars per metric. */
    public static JFreeChart evaluation(EvaluationResult evaluation, Method method, ChartStyle style) {
        List<Metrics> rows = List.of(evaluation.model(), evaluation.popularity(), evaluation.random());
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            values[r] = RecommendTables.values(rows.get(r));
        }
        return BarCharts.grouped(Messages.get("recommend.chart.title", evaluation.top()),
                RecommendTables.metricLabels(evaluation.top()), RecommendTables.rowLabels(method), values,
                Messages.get("recommend.chart.value"), style);
    }
}
