package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.chart.ChartImages;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.report.CsvExporter;

class BasketExportTest {
    @TempDir
    Path folder;

    private static BasketAnalysis handExample() {
        return BasketMiner.mine(HandExampleTest.BASKETS, MiningParameters.of(0.4, 0).withLengths(2, 0), Progress.none());
    }

    @Test
    void writesRulesWithInfiniteConvictionAsInf() throws IOException {
        Path file = folder.resolve("rules.csv");

        CsvExporter.withDefaults().write(BasketTables.rules(handExample().rules()), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFantecedent,consequent,length,count,support,confidence,lift,leverage,conviction");
        // {butter} => {bread}: count 3, support 0.6, confidence 1, lift 1.25, leverage 0.12, conviction inf
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("{butter},{bread},2,3,0.6,1,1.25,0.12").endsWith(",inf"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"{bread,milk}\",{butter},3,2,0.4,"));
        assertThat(lines).hasSize(1 + 11);
    }

    @Test
    void writesEveryItemsetAsArulesLabelsThem() throws IOException {
        Path file = folder.resolve("itemsets.csv");

        CsvExporter.withDefaults().write(BasketTables.itemsets(handExample().itemsets()), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 9).contains("{bread},1,4,0.8", "\"{bread,butter,milk}\",3,2,0.4");
    }

    @Test
    void theScatterHoldsOnePointPerRuleInTheRulesOrder() {
        BasketAnalysis analysis = handExample();

        JFreeChart chart = BasketCharts.scatter(analysis.rules(), ChartStyle.LIGHT);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(11);
        for (int i = 0; i < 11; i++) {
            assertThat(plot.getDataset().getXValue(0, i)).isEqualTo(analysis.rules().get(i).support());
            assertThat(plot.getDataset().getYValue(0, i)).isEqualTo(analysis.rules().get(i).confidence());
        }
        assertThat(ChartImages.png(chart, 640, 400, 1)).isNotEmpty();
    }

    @Test
    void theTopItemsChartDrawsTheMostFrequentFirst() {
        JFreeChart chart = BasketCharts.topItems(handExample(), ChartStyle.DARK);

        assertThat(chart.getCategoryPlot().getDataset().getColumnKeys()).containsExactly("bread", "milk", "butter", "eggs");
        assertThat(ChartImages.png(chart, 640, 400, 1)).isNotEmpty();
    }
}
