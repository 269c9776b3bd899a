package org.marketingworkbench.report.html;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Reports for the report tests. */
final class ReportSamples {
    static final ZonedDateTime MAY_2 = ZonedDateTime.parse("2026-05-02T10:00:00+08:00[Asia/Shanghai]");
    static final byte[] SALT = "report-test-salt".getBytes(StandardCharsets.UTF_8);

    private ReportSamples() {
    }

    /** Customers with markup in a note and personal data: a name and a phone number read as a number. */
    static Table customers() {
        return Table.create("customers",
                StringColumn.create("name", "张伟", "Li Na"),
                LongColumn.create("phone", new long[] {13812345678L, 13900001111L}),
                StringColumn.create("note", "<script>alert(1)</script>", "Tom & Jerry \"best\""),
                IntColumn.create("orders", 3, 12));
    }

    static JFreeChart bars(String title) {
        return BarCharts.horizontal(title, List.of("微信", "email"), new double[] {0.8, 0.5}, "P", "0.00", 0,
                ChartStyle.LIGHT);
    }

    /** Two sections: customers (table with personal columns, one chart) and a second chart. */
    static Report report(String title) {
        ReportSection customers = new TestSection("customers", "Customers 客户", out -> out
                .paragraph("Two customers & their orders.")
                .keyFigures(List.of(KeyFigure.of("Customers", "2")))
                .table("list", "Every customer", customers(),
                        TableOptions.allRows().withPersonalColumns(Set.of("name", "phone")))
                .chart("channels", "P per channel", bars("Channels 渠道"), 600, 300));
        ReportSection second = new TestSection("second", "Second", out -> out.chart("again", null, bars("Again"), 600, 300));
        return new Report(title, MAY_2, List.of(customers, second),
                Map.of("customers", "First <b>line</b>\nsecond line\n\nNew paragraph"), ReportPrivacy.pseudonymised(SALT));
    }
}
