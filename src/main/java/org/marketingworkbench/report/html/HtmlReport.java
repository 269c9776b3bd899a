package org.marketingworkbench.report.html;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.Pseudonymizer;

/**
 * Writes a {@link Report} as one self-contained HTML file: styles inline, charts embedded, no
 * scripts, no link to anything outside the file, so it opens the same anywhere, offline, and
 * prints well. The markup is also well-formed XML, which the PDF renderer needs.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** The report with charts as inline SVG, for the HTML file. */
    public static RenderedReport render(Report report) {
        return render(report, ChartMode.SVG, "");
    }

    /**
     * @param chartMode how charts are embedded
     * @param extraCss  styles added after the report's own (the PDF's fonts)
     */
    public static RenderedReport render(Report report, ChartMode chartMode, String extraCss) {
        return render(report, chartMode, extraCss, Progress.none());
    }

    /** As {@link #render(Report, ChartMode, String)}, reporting each section and stopping between sections when cancelled. */
    public static RenderedReport render(Report report, ChartMode chartMode, String extraCss, Progress progress) {
        Locale locale = Locale.getDefault();
        String title = report.title().isBlank() ? Messages.get("report.defaultTitle") : report.title();
        String date = report.created().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(locale.toLanguageTag())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<meta name=\"generator\" content=\"Marketing Workbench\" />\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(ReportCss.css()).append(extraCss).append("\n</style>\n</head>\n<body>\n")
                .append("<main class=\"page\">\n");
        cover(html, title, date, report);
        List<ReportTable> tables = new ArrayList<>();
        List<ReportChart> charts = new ArrayList<>();
        Pseudonymizer pseudonymizer = report.privacy().pseudonymizer();
        ChartEmbedder embedder = new ChartEmbedder();
        int number = 0;
        for (ReportSection section : report.sections()) {
            progress.checkCancelled();
            progress.update(number, report.sections().size(), section.title());
            number++;
            html.append("<section class=\"section\" id=\"section-").append(Html.escape(section.id())).append("\">\n")
                    .append("<h2><span class=\"section-number\">").append(number).append("</span>")
                    .append(Html.escape(section.title())).append("</h2>\n");
            note(html, report.note(section.id()));
            HtmlWriter writer = new HtmlWriter(html, section.id(), chartMode, pseudonymizer, embedder);
            section.write(writer);
            tables.addAll(writer.tables());
            charts.addAll(writer.charts());
            html.append("</section>\n");
        }
        progress.update(number, number, "");
        footer(html, date, report.privacy().pseudonymise());
        html.append("</main>\n</body>\n</html>\n");
        return new RenderedReport(html.toString(), tables, charts);
    }

    /** Writes the HTML file atomically: a cancelled or failed write leaves the previous file as it was. */
    public static RenderedReport write(Report report, Path file, Progress progress) throws IOException {
        RenderedReport rendered = render(report, ChartMode.SVG, "", progress);
        progress.checkCancelled();
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(rendered.html());
            writer.flush();
        });
        return rendered;
    }

    private static void cover(StringBuilder html, String title, String date, Report report) {
        html.append("<header class=\"cover\">\n<p class=\"eyebrow\">").append(Html.escape(Messages.get("report.eyebrow")))
                .append("</p>\n<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"cover-meta\">")
                .append(Html.escape(Messages.get("report.coverMeta", date, report.sections().size())))
                .append("</p>\n");
        if (report.sections().size() > 1) {
            html.append("<nav class=\"contents\"><p class=\"contents-title\">")
                    .append(Html.escape(Messages.get("report.contents"))).append("</p>\n<ol>\n");
            for (ReportSection section : report.sections()) {
                html.append("<li><a href=\"#section-").append(Html.escape(section.id())).append("\">")
                        .append(Html.escape(section.title())).append("</a></li>\n");
            }
            html.append("</ol></nav>\n");
        }
        html.append("</header>\n");
    }

    /** The user's note: paragraphs at blank lines, line breaks kept. */
    private static void note(StringBuilder html, String note) {
        if (note.isBlank()) {
            return;
        }
        html.append("<aside class=\"note\"><p class=\"note-label\">").append(Html.escape(Messages.get("report.note")))
                .append("</p>\n");
        for (String paragraph : note.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(String.join("<br />", paragraph.strip().lines().map(Html::escape).toList()))
                    .append("</p>\n");
        }
        html.append("</aside>\n");
    }

    private static void footer(StringBuilder html, String date, boolean pseudonymised) {
        String version = HtmlReport.class.getPackage().getImplementationVersion();
        html.append("<footer class=\"report-footer\"><p>")
                .append(Html.escape(Messages.get("report.footer", version == null ? "" : " " + version, date)))
                .append(' ')
                .append(Html.escape(Messages.get(pseudonymised ? "report.footer.pseudonymised" : "report.footer.asIs")))
                .append("</p></footer>\n");
    }
}
