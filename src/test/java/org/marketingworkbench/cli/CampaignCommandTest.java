package org.marketingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CampaignCommandTest {
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

    /** The hand example of CampaignScorerTest, as a file with Chinese-free English headers. */
    private Path campaigns() throws IOException {
        Path file = folder.resolve("campaigns.csv");
        Files.writeString(file, String.join("\n",
                "campaign,channel,target_segment,reach,engagements,conversions,cost,revenue",
                "A,WeChat,Young,600,60,12,300,1200",
                "A,WeChat,Young,400,40,8,200,800",
                "B,email,Young,2000,100,60,300,3000",
                "C,Weibo,Loyal,500,75,5,100,150"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void scoresTheHandExampleAndWritesItsTables() throws IOException {
        Path dir = folder.resolve("out");

        int code = run("campaign", "--input", campaigns().toString(), "--alpha", "0.3", "--out", dir.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("alpha").asDouble()).isEqualTo(0.3);
        JsonNode first = json.get("campaigns").get(0);
        assertThat(first.get("name").asText()).isEqualTo("B");
        assertThat(first.get("P").asDouble()).isCloseTo(0.7, within(1e-12));
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(json.get("campaigns").get(1).get("R").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(json.get("best_by_segment").get("Young").get("name").asText()).isEqualTo("B");
        assertThat(json.get("best_by_segment").get("Loyal").get("channel").asText()).isEqualTo("Weibo");
        assertThat(json.get("top_changes").get(0).get("alpha").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(dir.resolve("campaigns.csv")).exists();
        assertThat(dir.resolve("matrix.csv")).exists();
        assertThat(Files.readString(dir.resolve("plan.csv"), StandardCharsets.UTF_8)).contains("email");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("campaigns.csv", "matrix.csv", "plan.csv");
    }

    @Test
    void aWeightAboveOneIsBadInputAndWritesNothing() throws IOException {
        Path dir = folder.resolve("out");

        int code = run("campaign", "--input", campaigns().toString(), "--alpha", "1.5", "--out", dir.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("between 0 and 1");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aMissingColumnNamesTheColumnsThereAre() throws IOException {
        int code = run("campaign", "--input", campaigns().toString(), "--reach-col", "impressions",
                "--out", folder.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("impressions").contains("engagements");
    }
}
