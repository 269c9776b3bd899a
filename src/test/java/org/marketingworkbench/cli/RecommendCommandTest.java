package org.marketingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RecommendCommandTest {
    private static final List<String> METRICS = List.of("precision_at_n", "recall_at_n", "hit_rate", "ndcg",
            "coverage");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Cli.commandLine(options -> { });
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return Cli.run(line, args);
    }

    /** Six order lines: A and B share x and y, C buys y and z, D buys x and z. */
    private static Path orders(Path folder) throws Exception {
        Path file = folder.resolve("orders.csv");
        Files.writeString(file, String.join("\n", "customer,product,quantity,date", "A,x,1,2024-01-01",
                "A,y,2,2024-01-05", "B,x,1,2024-02-01", "B,y,1,2024-02-03", "C,y,1,2024-01-09", "C,z,3,2024-01-10",
                "D,x,2,2024-03-01", "D,z,1,2024-03-02", ""), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsTheContractKeysAndWritesBothFiles(@TempDir Path folder) throws Exception {
        Path result = folder.resolve("result");
        int code = run("recommend", "--input", orders(folder).toString(), "--user-col", "customer", "--item-col",
                "product", "--value-col", "quantity", "--date-col", "date", "--top", "2", "--out", result.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("users").asInt()).isEqualTo(4);
        assertThat(json.get("items").asInt()).isEqualTo(3);
        assertThat(json.get("interactions").asInt()).isEqualTo(8);
        assertThat(json.get("holdout").asText()).isEqualTo("last");
        for (String key : METRICS) {
            assertThat(json.has(key)).as(key).isTrue();
            assertThat(json.get("baseline").has(key)).as("baseline " + key).isTrue();
        }
        assertThat(Files.readString(result.resolve("recommendations.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFcustomer,rank,item,score,because\r\n");
        assertThat(Files.readAllLines(result.resolve("metrics.csv"), StandardCharsets.UTF_8))
                .hasSize(4).anyMatch(line -> line.startsWith("popularity,2,"));
    }

    /** groceries.csv: 9,835 baskets and 169 items (datasets README); 43,367 items in all (awk sum of fields). */
    @Test
    void readsBasketFilesAsOneCustomerPerBasket(@TempDir Path folder) throws Exception {
        Path groceries = Path.of(getClass().getResource("/datasets/groceries/groceries.csv").toURI());
        int code = run("recommend", "--input", groceries.toString(), "--format", "basket", "--out",
                folder.resolve("out").toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("users").asInt()).isEqualTo(9_835);
        assertThat(json.get("items").asInt()).isEqualTo(169);
        assertThat(json.get("interactions").asInt()).isEqualTo(43_367);
        assertThat(json.get("holdout").asText()).isEqualTo("random");
    }

    @Test
    void aMissingColumnIsExitCodeTwoWithNothingWritten(@TempDir Path folder) throws Exception {
        Path result = folder.resolve("result");
        int code = run("recommend", "--input", orders(folder).toString(), "--user-col", "client", "--item-col",
                "product", "--out", result.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no column named \"client\"").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
        assertThat(Files.exists(result) ? list(result) : List.of()).isEmpty();
    }

    @Test
    void aTopOfZeroIsExitCodeTwo(@TempDir Path folder) throws Exception {
        int code = run("recommend", "--input", orders(folder).toString(), "--user-col", "customer", "--item-col",
                "product", "--top", "0", "--out", folder.resolve("result").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("at least 1");
    }

    @Test
    void helpListsTheOptions() {
        int code = run("recommend", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--user-col", "--item-col", "--value-col", "--date-col", "--similarity",
                "--neighbours", "--top", "--holdout", "--seed", "--out", "--encoding", "--delimiter", "--no-header",
                "--format");
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
