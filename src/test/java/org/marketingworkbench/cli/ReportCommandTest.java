package org.marketingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.project.FileHash;
import org.marketingworkbench.project.ProjectFixtures;
import picocli.CommandLine;

class ReportCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Cli.commandLine(options -> { });
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return Cli.run(line, args);
    }

    /**
     * The hand example of CampaignScorerTest (see ProjectFixtures.campaignsCsv) in a project
     * written by hand: at a = 0.3, B (email, Young) leads with P = 0.7 and gives way to C at a = 0.5.
     */
    private Path project() throws IOException {
        Path campaigns = ProjectFixtures.campaignsCsv(Files.createDirectories(folder.resolve("data")));
        Path project = folder.resolve("spring.mwb.json");
        Files.writeString(project, """
                {
                  "schemaVersion": "1.0",
                  "title": "Spring <review> 春季",
                  "salt": "c2FsdC1mb3ItdGhlLXJlcG9ydC1jb21tYW5kLXRlc3Q=",
                  "sources": [{"id": "campaigns", "path": "data/campaigns.csv", "absolutePath": "/nowhere/campaigns.csv",
                               "options": {"encoding": "UTF-8", "delimiter": ",", "header": true},
                               "sha256": "%s"}],
                  "pages": {"campaigns": {"input": "campaigns", "columns": {"segment": "target_segment"}, "alpha": 0.3}},
                  "notes": {"campaigns": "Email wins on conversion."}
                }
                """.formatted(FileHash.sha256(campaigns)), StandardCharsets.UTF_8);
        return project;
    }

    @Test
    void writesTheReportOfAProjectAndItsTablesAndCharts() throws IOException {
        Path dir = folder.resolve("out");

        int code = run("report", "--project", project().toString(), "--out", dir.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("report").asText()).isEqualTo("report.html");
        assertThat(json.get("pdf").asText()).isEqualTo("report.pdf");
        assertThat(json.get("title").asText()).isEqualTo("Spring <review> 春季");
        assertThat(json.get("sections")).extracting(JsonNode::asText).containsExactly("data", "campaigns");
        assertThat(json.get("tables")).extracting(JsonNode::asText).containsExactly("data-sources.csv",
                "data-columns-1.csv", "campaigns-ranking.csv", "campaigns-segment-channel.csv", "campaigns-plan.csv");
        assertThat(json.get("charts")).extracting(JsonNode::asText).containsExactly("campaigns-ranking-chart.png",
                "campaigns-ranking-chart.svg", "campaigns-heat-map.png", "campaigns-heat-map.svg");
        assertThat(json.get("warnings")).isEmpty();
        List<String> files = List.of(dir.toFile().list());
        assertThat(files).hasSize(2 + 5 + 4).contains("report.html", "report.pdf");
    }

    @Test
    void theReportShowsTheRecomputedScoresAndTheNote() throws IOException {
        Path dir = folder.resolve("out");

        run("report", "--project", project().toString(), "--out", dir.toString());

        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Spring &lt;review&gt; 春季</h1>")
                .contains("Email wins on conversion.")
                .contains("Here a = 0.30.")
                .contains("<div class=\"figure-value\">B</div>")
                .contains("email, Young \u00B7 P = 0.70")
                .contains("At a = 0.50 the leader changes from B (email, Young) to C (Weibo, Loyal).");
        List<String> ranking = Files.readAllLines(dir.resolve("campaigns-ranking.csv"), StandardCharsets.UTF_8);
        assertThat(ranking.get(1)).startsWith("1,B,email,Young,0.7,");
    }

    @Test
    void aChangedSourceIsStillReportedWithAWarning() throws IOException {
        Path project = project();
        Files.writeString(folder.resolve("data/campaigns.csv"), "D,SMS,Young,100,1,1,1,1\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        int code = run("report", "--project", project.toString(), "--out", folder.resolve("out").toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("warnings")).singleElement().extracting(JsonNode::asText).asString()
                .startsWith("The data file campaigns.csv has changed since the project was saved");
        assertThat(json.get("sections")).hasSize(2);
    }

    @Test
    void aProjectFromANewerMajorVersionIsBadInputAndWritesNothing() throws IOException {
        Path project = folder.resolve("future.mwb.json");
        Files.writeString(project, "{\"schemaVersion\": \"3.0\"}");
        Path dir = folder.resolve("out");

        int code = run("report", "--project", project.toString(), "--out", dir.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines()).singleElement().asString().contains("newer Marketing Workbench");
        assertThat(out.toString()).isEmpty();
        assertThat(dir).doesNotExist();
    }

    @Test
    void aMissingProjectFileIsBadInput() {
        int code = run("report", "--project", folder.resolve("none.mwb.json").toString(), "--out",
                folder.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("none.mwb.json does not exist");
    }
}
