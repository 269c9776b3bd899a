package org.marketingworkbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.report.Pseudonymizer;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class HtmlReportTest {

    private static String html() {
        return HtmlReport.render(ReportSamples.report("Spring review 春季复盘")).html();
    }

    @Test
    void theReportLoadsNothingFromOutside() {
        String html = html();

        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:|//|file:)")
                .as("only references inside the file: url(#clip) in the SVG charts")
                .doesNotContainPattern("(?i)url\\((?!#)")
                .doesNotContainPattern("(?i)@import")
                .doesNotContainPattern("(?i)<script")
                .doesNotContainPattern("(?i)<link");
        Matcher sources = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        while (sources.find()) {
            assertThat(sources.group(1)).startsWith("data:");
        }
        assertThat(html).contains("<style>").contains("<meta charset=\"UTF-8\" />");
    }

    @Test
    void chartsAreInlineSvgWithIdsOfTheirOwn() {
        String html = html();

        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).contains("<svg id='chart1'").contains("<svg id='chart2'")
                .contains("url(#chart1-clip-0)").contains("url(#chart2-clip-0)");
        assertThat(html).contains("Channels 渠道");
    }

    @Test
    void pdfModeEmbedsChartsAsPngDataUris() {
        String html = HtmlReport.render(ReportSamples.report("t"), ChartMode.PNG, "").html();

        assertThat(html).doesNotContain("<svg");
        assertThat(Pattern.compile("src=\"data:image/png;base64,iVBORw0KGgo").matcher(html).results().count())
                .as("two PNGs, each starting with the PNG signature in base64").isEqualTo(2);
    }

    @Test
    void cellTextIsEscaped() {
        String html = html();

        assertThat(html).contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .contains("<td>Tom &amp; Jerry &quot;best&quot;</td>")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void personalColumnsArePseudonymisedWhateverTheirType() {
        String html = html();
        Pseudonymizer pseudonymizer = new Pseudonymizer(ReportSamples.SALT);

        assertThat(html).doesNotContain("张伟").doesNotContain("Li Na").doesNotContain("13812345678")
                .contains("<td>" + pseudonymizer.pseudonym("张伟") + "</td>")
                .contains("<td>" + pseudonymizer.pseudonym("13812345678") + "</td>");
    }

    @Test
    void personalColumnsAreShownWhenTheUserOptsOut() {
        Report report = ReportSamples.report("t");
        Report asIs = new Report(report.title(), report.created(), report.sections(), report.notes(),
                ReportPrivacy.shownAsIs());

        assertThat(HtmlReport.render(asIs).html()).contains("<td>张伟</td>").contains("<td class=\"num\">13812345678</td>");
    }

    /** A report of one table of 500 rules numbered 0 to 499. */
    private static String rulesReport(TableOptions options) {
        Table rules = Table.create("rules", IntColumn.create("rule", java.util.stream.IntStream.range(0, 500).toArray()));
        Report report = new Report("t", ReportSamples.MAY_2, List.of(new TestSection("rules", "Rules",
                out -> out.table("all", "All rules", rules, options))), Map.of(),
                ReportPrivacy.pseudonymised(ReportSamples.SALT));
        return HtmlReport.render(report).html();
    }

    @Test
    void everyRowIsShownWhenAllRowsAreAsked() {
        String html = rulesReport(TableOptions.allRows());

        assertThat(Pattern.compile("<tr><td class=\"num\">").matcher(html).results().count()).isEqualTo(500);
        assertThat(html).contains("<td class=\"num\">499</td>").doesNotContain("rows are shown");
    }

    @Test
    void aShortenedTableSaysWhereEveryRowIs() {
        String html = rulesReport(TableOptions.defaults());

        assertThat(Pattern.compile("<tr><td class=\"num\">").matcher(html).results().count())
                .isEqualTo(TableOptions.DEFAULT_ROWS);
        assertThat(html).contains("The first 50 of 500 rows are shown; every row is in rules-all.csv.");
    }

    @Test
    void theNoteOfASectionIsEscapedWithItsParagraphsAndLineBreaks() {
        String html = html();

        assertThat(html).contains("<aside class=\"note\">")
                .contains("<p>First &lt;b&gt;line&lt;/b&gt;<br />second line</p>")
                .contains("<p>New paragraph</p>");
        assertThat(html.indexOf("<aside class=\"note\">")).isGreaterThan(html.indexOf("Customers 客户</h2>"))
                .isLessThan(html.indexOf("id=\"section-second\""));
    }

    @Test
    void theTitleDateAndContentsAreOnTheCover() {
        String html = html();

        assertThat(html).contains("<title>Spring review 春季复盘</title>").contains("<h1>Spring review 春季复盘</h1>")
                .contains("May 2, 2026 \u00B7 2 sections")
                .contains("<a href=\"#section-customers\">Customers 客户</a>");
    }

    @Test
    void theSameReportGivesTheSameHtml() {
        assertThat(html()).isEqualTo(html());
    }

    @Test
    void theMarkupIsWellFormedXmlAsThePdfRendererNeeds() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html().getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getDocumentElement().getTagName()).isEqualTo("html");
    }

    @Test
    void tablesAndChartsAreCollectedForExportUnderTheirSectionsNames() {
        RenderedReport rendered = HtmlReport.render(ReportSamples.report("t"));

        assertThat(rendered.tables()).extracting(ReportTable::name).containsExactly("customers-list");
        assertThat(rendered.tables().get(0).personalColumns()).containsExactlyInAnyOrder("name", "phone");
        assertThat(rendered.charts()).extracting(ReportChart::name).containsExactly("customers-channels", "second-again");
    }
}
