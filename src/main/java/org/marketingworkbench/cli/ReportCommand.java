package org.marketingworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.project.report.LoadedProject;
import org.marketingworkbench.project.report.ProjectLoader;
import org.marketingworkbench.project.report.ProjectReport;
import org.marketingworkbench.report.html.PdfReport;
import org.marketingworkbench.report.html.ReportExport;
import org.marketingworkbench.report.html.ReportSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report}: the project's report, headless. Reloads the project's sources with their
 * stored options, recomputes every page that can run without the window (seeded), and writes
 * report.html, report.pdf, every table as CSV and every chart as PNG and SVG into DIR. Prints
 * {@code report, pdf, title, sections, tables, charts, warnings}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the report of a saved project (*.mwb.json) into DIR: report.html",
            "(self-contained), report.pdf, every table as CSV, every chart as PNG and SVG.",
            "Results are recomputed from the project's data files and parameters.",
            "Changed or missing files and left-out sections are listed under \"warnings\"."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P", description = "The project file (*.mwb.json).")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws IOException {
        LoadedProject loaded = ProjectLoader.load(project, Progress.none());
        ProjectReport.Result result = ProjectReport.build(loaded, ZonedDateTime.now(), Progress.none());
        ReportExport.Written written;
        try (OutputStage stage = OutputStage.open(out)) {
            written = new ReportExport(new PdfReport()).write(result.report(), stage::file);
            stage.commit();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("report", written.html());
        json.put("pdf", written.pdf());
        json.put("title", result.report().title());
        json.put("sections", result.report().sections().stream().map(ReportSection::id).toList());
        json.put("tables", written.tables());
        json.put("charts", written.charts());
        List<String> warnings = new ArrayList<>(result.warnings());
        warnings.addAll(written.warnings());
        json.put("warnings", warnings);
        JsonOutput.print(spec.commandLine().getOut(), json);
        return ExitCode.OK;
    }
}
