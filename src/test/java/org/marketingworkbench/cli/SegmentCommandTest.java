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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SegmentCommandTest {

    @TempDir
    Path folder;

    /** Three planted groups of 60 customers (income, visits), an id column and a category. */
    private Path customers(boolean withGap) throws IOException {
        Random random = new Random(3);
        double[][] centres = {{30, 2}, {60, 10}, {90, 4}};
        List<String> lines = new ArrayList<>(List.of("customer_id,income,visits,channel"));
        for (int row = 0; row < 180; row++) {
            double[] centre = centres[row % 3];
            String income = withGap && row == 7 ? "" : String.format(java.util.Locale.ROOT, "%.3f",
                    centre[0] + 3 * random.nextGaussian());
            lines.add((1000 + row) + "," + income + ","
                    + String.format(java.util.Locale.ROOT, "%.3f", centre[1] + random.nextGaussian()) + ","
                    + (row % 2 == 0 ? "web" : "shop"));
        }
        Path file = folder.resolve("customers.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = Cli.commandLine(options -> {
            throw new AssertionError("no window in headless tests");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void sweepsKAndPrintsTheHeadlineFigures() throws IOException {
        Path out = folder.resolve("out");
        Run run = run("segment", "--input", customers(false).toString(), "--k-range", "2..6", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.fieldNames()).toIterable().contains("k", "inertia", "silhouette", "sizes", "centroids", "sweep",
                "suggested_k");
        assertThat(json.get("suggested_k").asInt()).isEqualTo(3);
        assertThat(json.get("k").asInt()).isEqualTo(3);
        assertThat(json.get("sizes")).hasSize(3);
        assertThat(json.get("sweep")).hasSize(5);
        assertThat(json.get("sweep").get(0).fieldNames()).toIterable()
                .containsExactly("k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin");
        // the default features leave the id out and say so; centroids are in original units
        assertThat(json.get("features")).extracting(JsonNode::asText).containsExactly("income", "visits");
        assertThat(json.get("notices").get(0).asText()).contains("customer_id");
        assertThat(json.get("centroids").get(0).get("income").asDouble()).isBetween(25.0, 95.0);
        assertThat(out.resolve("assignments.csv")).exists();
        assertThat(out.resolve("profiles.csv")).exists();
        assertThat(out.resolve("sweep.csv")).exists();
        List<String> assignments = Files.readAllLines(out.resolve("assignments.csv"), StandardCharsets.UTF_8);
        assertThat(assignments.get(0)).isEqualTo("\uFEFFcustomer_id,segment,distance");
        assertThat(assignments).hasSize(181);
    }

    @Test
    void segmentsWithAGivenKAndCategories() throws IOException {
        Path out = folder.resolve("out");
        Run run = run("segment", "--input", customers(false).toString(), "--features", "income,visits", "--categories",
                "channel", "--scale", "minmax", "--k", "3", "--restarts", "2", "--seed", "5", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.has("sweep")).isFalse();
        assertThat(json.get("centroids").get(0).has("channel=web")).isTrue();
        assertThat(out.resolve("sweep.csv")).doesNotExist();
    }

    @Test
    void missingValuesNeedAChoiceOnTheCommandLine() throws IOException {
        Path input = customers(true);
        Run refused = run("segment", "--input", input.toString(), "--k", "3", "--out", folder.resolve("a").toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(refused.err()).contains("1 row has missing values in income").contains("--missing drop");
        assertThat(folder.resolve("a").resolve("assignments.csv")).doesNotExist();

        Run dropped = run("segment", "--input", input.toString(), "--k", "3", "--missing", "drop", "--out",
                folder.resolve("b").toString());
        assertThat(dropped.exitCode()).as(dropped.err()).isZero();
        assertThat(Files.readAllLines(folder.resolve("b").resolve("assignments.csv"))).contains("1007,,");
    }

    @Test
    void badArgumentsExitWithCodeTwoAndOneLine() throws IOException {
        String input = customers(false).toString();
        String out = folder.resolve("out").toString();
        List<String[]> cases = List.of(
                new String[] {"segment", "--input", input, "--k", "1", "--out", out},
                new String[] {"segment", "--input", input, "--k-range", "5..2", "--out", out},
                new String[] {"segment", "--input", input, "--k", "3", "--k-range", "2..4", "--out", out},
                new String[] {"segment", "--input", input, "--scale", "log", "--out", out},
                new String[] {"segment", "--input", input, "--features", "income,nope", "--k", "2", "--out", out},
                new String[] {"segment", "--input", input, "--features", "channel", "--k", "2", "--out", out},
                new String[] {"segment", "--input", input, "--k", "500", "--out", out});
        for (String[] args : cases) {
            Run run = run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).startsWith("error: ");
            assertThat(run.out()).isEmpty();
        }
    }
}
