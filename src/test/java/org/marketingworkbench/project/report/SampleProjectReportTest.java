package org.marketingworkbench.project.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.cli.Cli;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.SourceStatus;
import org.marketingworkbench.report.html.HtmlReport;
import picocli.CommandLine;

/** The bundled sample project (sample-data/sample.mwb.json) headless, as {@code report --project} reads it. */
class SampleProjectReportTest {
    private static final Path SAMPLE_PROJECT = Path.of("sample-data", "sample.mwb.json");
    private static final ZonedDateTime WRITTEN = ZonedDateTime.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path folder;

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void everySourceIsFoundUnchangedRelativeToTheProjectFile() {
        LoadedProject loaded = ProjectLoader.load(SAMPLE_PROJECT, Progress.none());

        assertThat(loaded.statuses()).hasSize(8).allSatisfy(status -> {
            assertThat(status.state()).as(status.source().id()).isEqualTo(SourceStatus.State.FOUND);
            assertThat(status.file().toAbsolutePath().getParent())
                    .isEqualTo(SAMPLE_PROJECT.toAbsolutePath().getParent());
        });
        assertThat(loaded.sources()).hasSize(8);
    }

    @Test
    void savedElsewhereAndOpenedAgainTheReportIsTheSame() throws IOException {
        LoadedProject loaded = ProjectLoader.load(SAMPLE_PROJECT, Progress.none());
        String before = HtmlReport.render(ProjectReport.build(loaded, WRITTEN, Progress.none()).report()).html();
        Path copy = folder.resolve("elsewhere").resolve("copy.mwb.json");
        Files.createDirectories(copy.getParent());
        new ProjectStore().write(loaded.project(), copy);

        LoadedProject reopened = ProjectLoader.load(copy, Progress.none());

        assertThat(HtmlReport.render(ProjectReport.build(reopened, WRITTEN, Progress.none()).report()).html())
                .isEqualTo(before);
    }

    @Test
    void theReportCommandWritesTheCampaignSectionOfTheSampleProject() throws IOException {
        Path out = folder.resolve("out");
        CommandLine line = Cli.commandLine(options -> { });
        line.setOut(new java.io.PrintWriter(new java.io.StringWriter()));

        int code = Cli.run(line, new String[] {"report", "--project", SAMPLE_PROJECT.toString(), "--out", out.toString()});

        assertThat(code).isZero();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>Sample shop: who to reach, with what</title>", "id=\"section-data\"",
                "id=\"section-campaigns\"", "Attention weighs a little less than conversion");
        assertThat(out.resolve("campaigns-ranking.csv")).exists();
    }

    /**
     * The sample project's recipe runs headless, so the pages reading the prepared data report too;
     * after the recipe's de-duplication on customer_id, one row per customer of the truth file.
     */
    @Test
    void theReportCommandWritesEveryPageOfTheSampleProject() throws IOException {
        Path out = folder.resolve("all");
        CommandLine line = Cli.commandLine(options -> { });
        line.setOut(new java.io.PrintWriter(new java.io.StringWriter()));

        int code = Cli.run(line, new String[] {"report", "--project", SAMPLE_PROJECT.toString(), "--out", out.toString()});

        assertThat(code).isZero();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        for (String page : java.util.List.of("data", "prepare", "explore", "segments", "baskets", "predict", "recommend",
                "campaigns")) {
            assertThat(html).contains("id=\"section-" + page + "\"");
        }
        int customers = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(SAMPLE_PROJECT.resolveSibling("planted-truth.json").toFile())
                .path("purchase_outcome").path("customers").asInt();
        assertThat(html).contains(String.format(java.util.Locale.ROOT, "%,d</div><div class=\"figure-label\">Customers segmented", customers));
    }
}
