package org.marketingworkbench.report.html;

import java.util.function.Consumer;

/** A report section written by the test. */
record TestSection(String id, String title, Consumer<HtmlWriter> content) implements ReportSection {

    @Override
    public void write(HtmlWriter out) {
        content.accept(out);
    }
}
