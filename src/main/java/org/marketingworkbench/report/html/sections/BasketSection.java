package org.marketingworkbench.report.html.sections;

import java.util.List;
import java.util.Locale;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.BasketCharts;
import org.marketingworkbench.basket.BasketTables;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.HtmlWriter;
import org.marketingworkbench.report.html.KeyFigure;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.TableOptions;

/** What is bought together: the mining limits, the counts, the top items chart and every rule. */
public final class BasketSection implements ReportSection {
    public static final String ID = "baskets";
    /** The width of charts in the report, in CSS pixels, as the other sections. */
    static final int CHART_WIDTH = 880;

    private final BasketAnalysis analysis;
    private final String sourceName;

    /** @param sourceName the file the baskets came from */
    public BasketSection(BasketAnalysis analysis, String sourceName) {
        this.analysis = analysis;
        this.sourceName = sourceName;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Messages.get("report.basket.title");
    }

    @Override
    public void write(HtmlWriter out) {
        var parameters = analysis.parameters();
        out.paragraph(Messages.get("report.basket.method", analysis.minCount(),
                String.format(Locale.ROOT, "%.2f", parameters.minConfidence()),
                String.format(Locale.ROOT, "%.2f", parameters.minLift()),
                Messages.get(parameters.multiConsequent() ? "basket.page.shape.several" : "basket.page.shape.one")));
        out.remark(Messages.get("report.basket.source", sourceName));
        out.keyFigures(List.of(
                KeyFigure.of(Messages.get("report.basket.baskets"), String.format(Locale.ROOT, "%,d", analysis.baskets())),
                KeyFigure.of(Messages.get("report.basket.items"), String.format(Locale.ROOT, "%,d", analysis.items().size())),
                KeyFigure.of(Messages.get("report.basket.itemsets"), String.format(Locale.ROOT, "%,d", analysis.itemsets().size())),
                KeyFigure.of(Messages.get("report.basket.rules"), String.format(Locale.ROOT, "%,d", analysis.rules().size()))));
        int bars = Math.min(BasketCharts.TOP_ITEMS, analysis.items().size());
        out.chart("top-items", null, BasketCharts.topItems(analysis, ChartStyle.LIGHT), CHART_WIDTH,
                90 + 24 * bars);
        if (analysis.rules().isEmpty()) {
            out.remark(Messages.get("report.basket.noRules"));
            return;
        }
        out.chart("rules-scatter", null, BasketCharts.scatter(analysis.rules(), ChartStyle.LIGHT),
                CHART_WIDTH, 480);
        out.table("rules", Messages.get("report.basket.rulesTable"), BasketTables.rules(analysis.rules()),
                TableOptions.allRows());
    }
}
