package org.marketingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PredictCommandTest {
    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine line = Cli.commandLine(options -> {
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = Cli.run(line, args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path customers() throws Exception {
        // 400 customers: buyers are those over 50 who came by web, plus every 7th row to make it imperfect
        StringBuilder csv = new StringBuilder("id,age,channel,buys\n");
        for (int row = 0; row < 400; row++) {
            int age = 20 + row % 60;
            String channel = row % 3 == 0 ? "web" : "store";
            boolean buys = (age > 50 && channel.equals("web")) || row % 7 == 0;
            csv.append("K").append(row).append(',').append(age).append(',').append(channel).append(',')
                    .append(buys ? "yes" : "no").append('\n');
        }
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void crossValidationPrintsTheContractKeysAndWritesTheFiles() throws Exception {
        Path out = folder.resolve("out");
        Run run = run("predict", "--input", customers().toString(), "--target", "buys", "--features", "age,channel",
                "--model", "tree", "--param", "maxDepth=3", "--cv", "4", "--seed", "7", "--score", customers().toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("model").asText()).isEqualTo("tree");
        for (String key : new String[] {"accuracy", "baseline_accuracy", "precision", "recall", "f1", "auc"}) {
            assertThat(json.get(key).isNumber()).as(key).isTrue();
        }
        JsonNode confusion = json.get("confusion");
        long total = confusion.get("true_positives").asLong() + confusion.get("false_positives").asLong()
                + confusion.get("true_negatives").asLong() + confusion.get("false_negatives").asLong();
        assertThat(total).isEqualTo(400);
        assertThat(json.get("cv").get("folds").asInt()).isEqualTo(4);
        assertThat(json.get("cv").get("per_fold")).hasSize(4);
        assertThat(json.get("cv").get("mean").get("auc").isNumber()).isTrue();
        for (String file : new String[] {"metrics.csv", "roc.csv", "gains.csv", "importance.csv", "tree_rules.csv",
            "folds.csv", "cv_folds.csv", "scores.csv"}) {
            assertThat(out.resolve(file)).as(file).exists();
        }
        String scores = Files.readString(out.resolve("scores.csv"), StandardCharsets.UTF_8);
        assertThat(scores).startsWith("\uFEFFid,probability,predicted_class").contains("\r\nK0,");
    }

    @Test
    void badInputExitsWithTwoAndOneReadableLine() throws Exception {
        Path out = folder.resolve("bad");
        Run run = run("predict", "--input", customers().toString(), "--target", "buys", "--positive", "maybe",
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: The positive class \"maybe\"").doesNotContain("\n");
        assertThat(out.toFile().list()).isNullOrEmpty();
    }

    @Test
    void testFractionAndCrossValidationTogetherAreRejected() throws Exception {
        Run run = run("predict", "--input", customers().toString(), "--target", "buys", "--test-fraction", "0.3",
                "--cv", "5", "--out", folder.resolve("x").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("either --test-fraction or --cv");
    }
}
