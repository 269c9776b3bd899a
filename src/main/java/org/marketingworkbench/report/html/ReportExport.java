package org.marketingworkbench.report.html;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.marketingworkbench.chart.ChartImages;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.report.CsvExportOptions;
import org.marketingworkbench.report.CsvExporter;

/**
 * "Export all": the report as HTML (and PDF), every table as CSV (the export rules of DESIGN.md
 * section 6: BOM, formula guard, pseudonyms) and every chart as PNG and SVG, side by side in
 * one folder.
 */
public final class ReportExport {
    public static final String HTML_FILE = "report.html";
    public static final String PDF_FILE = "report.pdf";
    /** Exported PNGs have twice the pixels of the report's chart size, sharp on slides. */
    public static final double PNG_SCALE = 2;

    /** Where a file of the export goes (a staging folder, the CLI's output stage). */
    @FunctionalInterface
    public interface Destination {
        Path file(String name);
    }

    /**
     * The files an export wrote, by name.
     *
     * @param pdf      the PDF's name, or null when no PDF was asked for
     * @param warnings what the reader should know (no Chinese font for the PDF), translated
     */
    public record Written(String html, String pdf, List<String> tables, List<String> charts, List<String> warnings) {

        public Written {
            tables = List.copyOf(tables);
            charts = List.copyOf(charts);
            warnings = List.copyOf(warnings);
        }
    }

    private final PdfReport pdf;

    /** @param pdf the PDF writer, or null to write no PDF */
    public ReportExport(PdfReport pdf) {
        this.pdf = pdf;
    }

    /** Writes every file of the report to the destination. */
    public Written write(Report report, Destination destination) throws IOException {
        return write(report, destination, Progress.none());
    }

    /** As {@link #write(Report, Destination)}, reporting progress and stopping between files when cancelled. */
    public Written write(Report report, Destination destination, Progress progress) throws IOException {
        RenderedReport rendered = HtmlReport.write(report, destination.file(HTML_FILE), progress.slice(0, 0.4));
        List<String> warnings = new ArrayList<>();
        if (pdf != null) {
            progress.checkCancelled();
            progress.update(0.4, 1, PDF_FILE);
            pdf.write(report, destination.file(PDF_FILE));
            warnings.addAll(pdf.warnings());
        }
        List<String> tables = new ArrayList<>();
        for (ReportTable table : rendered.tables()) {
            progress.checkCancelled();
            String name = table.name() + ".csv";
            progress.update(0.6, 1, name);
            csvFor(report, table).write(table.table(), destination.file(name));
            tables.add(name);
        }
        List<String> charts = new ArrayList<>();
        for (ReportChart chart : rendered.charts()) {
            progress.checkCancelled();
            progress.update(0.7 + 0.3 * charts.size() / (2.0 * rendered.charts().size()), 1, chart.name());
            ChartImages.writePng(chart.chart(), destination.file(chart.name() + ".png"), chart.width(), chart.height(),
                    PNG_SCALE);
            ChartImages.writeSvg(chart.chart(), destination.file(chart.name() + ".svg"), chart.width(), chart.height());
            charts.add(chart.name() + ".png");
            charts.add(chart.name() + ".svg");
        }
        return new Written(HTML_FILE, pdf == null ? null : PDF_FILE, tables, charts, warnings);
    }

    /**
     * Writes every file into {@code folder}, all or nothing: the files are written to a hidden
     * folder beside it and moved in only when all of them are done.
     */
    public Written exportTo(Report report, Path folder) throws IOException {
        return exportTo(report, folder, Progress.none());
    }

    /** As {@link #exportTo(Report, Path)}; a cancelled export leaves the folder as it was. */
    public Written exportTo(Report report, Path folder, Progress progress) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-staging-");
        try {
            Written written = write(report, staging::resolve, progress);
            moveInto(staging, target);
            return written;
        } finally {
            deleteRecursively(staging);
        }
    }

    private static CsvExporter csvFor(Report report, ReportTable table) {
        CsvExportOptions options = CsvExportOptions.defaults();
        if (report.privacy().pseudonymise() && !table.personalColumns().isEmpty()) {
            options = options.pseudonymising(table.personalColumns(), report.privacy().salt());
        }
        return new CsvExporter(options);
    }

    /** A new folder takes the staging folder's place in one move; an existing one receives the files one by one. */
    private static void moveInto(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                Files.createDirectories(target);
            }
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : files.toList()) {
                AtomicFiles.move(file, target.resolve(file.getFileName().toString()));
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
