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
import picocli.CommandLine;

class RulesCommandTest {
    /** The arules Groceries baskets (src/test/resources/datasets/groceries/README.md). */
    private static final String GROCERIES = "src/test/resources/datasets/groceries/groceries.csv";

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

    @Test
    void minesGroceriesAsArulesDoes() throws IOException {
        Path dir = folder.resolve("out");

        int code = run("rules", "--input", GROCERIES, "--format", "basket", "--min-support", "0.001",
                "--min-confidence", "0.8", "--out", dir.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("baskets").asInt()).isEqualTo(9835);
        assertThat(json.get("items").asInt()).isEqualTo(169);
        assertThat(json.get("itemsets").asInt()).isEqualTo(13492);
        assertThat(json.get("rules").asInt()).isEqualTo(410);
        assertThat(json.get("rules_by_length").toString()).isEqualTo("{\"3\":29,\"4\":229,\"5\":140,\"6\":12}");
        JsonNode top = json.get("top_rules");
        assertThat(top).hasSize(10);
        assertThat(top.get(0).get("antecedent").toString()).isEqualTo("[\"liquor\",\"red/blush wine\"]");
        assertThat(top.get(0).get("consequent").toString()).isEqualTo("[\"bottled beer\"]");
        assertThat(String.format(java.util.Locale.ROOT, "%.5f", top.get(0).get("lift").asDouble())).isEqualTo("11.23527");
        assertThat(String.format(java.util.Locale.ROOT, "%.7f", top.get(0).get("confidence").asDouble())).isEqualTo("0.9047619");
        assertThat(String.format(java.util.Locale.ROOT, "%.9f", top.get(0).get("support").asDouble())).isEqualTo("0.001931876");
        assertThat(top.get(9).get("lift").asDouble()).isLessThanOrEqualTo(top.get(0).get("lift").asDouble());
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("rules.csv", "itemsets.csv");
        assertThat(Files.readAllLines(dir.resolve("rules.csv"), StandardCharsets.UTF_8)).hasSize(1 + 410);
        assertThat(Files.readAllLines(dir.resolve("itemsets.csv"), StandardCharsets.UTF_8)).hasSize(1 + 13492);
    }

    @Test
    void minimumLengthTwoGivesArules463() throws IOException {
        int code = run("rules", "--input", GROCERIES, "--format", "basket", "--min-support", "0.006",
                "--min-confidence", "0.25", "--min-length", "2", "--out", folder.resolve("out").toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("rules").asInt()).isEqualTo(463);
        assertThat(json.get("rules_by_length").toString()).isEqualTo("{\"2\":150,\"3\":297,\"4\":16}");
    }

    @Test
    void minesOrderLinesWithSeveralItemsOnTheRight() throws IOException {
        // the five baskets of basket/HandExampleTest as order lines; at support 0.4 and any confidence,
        // 8 pair rules and 6 splits of {bread, butter, milk}, plus {} => {item} for the 4 items
        Path file = folder.resolve("orders.csv");
        Files.write(file, List.of("order,customer,product", "1,A,bread", "1,A,milk", "2,B,bread", "2,B,butter",
                "2,B,milk", "3,A,bread", "3,A,butter", "4,C,milk", "4,C,eggs", "5,B,bread", "5,B,butter", "5,B,milk",
                "5,B,eggs"), StandardCharsets.UTF_8);

        int code = run("rules", "--input", file.toString(), "--basket-col", "order", "--item-col", "product",
                "--customer-col", "customer", "--min-support", "0.4", "--min-confidence", "0", "--multi-consequent",
                "--out", folder.resolve("out").toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("baskets").asInt()).isEqualTo(5);
        assertThat(json.get("items").asInt()).isEqualTo(4);
        assertThat(json.get("itemsets").asInt()).isEqualTo(9);
        assertThat(json.get("rules_by_length").toString()).isEqualTo("{\"1\":4,\"2\":8,\"3\":6}");
    }

    @Test
    void aMinimumSupportOfZeroIsOneLineAndExitCodeTwo() {
        Path dir = folder.resolve("out");

        int code = run("rules", "--input", GROCERIES, "--format", "basket", "--min-support", "0", "--out", dir.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("between 0 and 1");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aMissingColumnIsOneLineAndExitCodeTwo() throws IOException {
        Path file = folder.resolve("orders.csv");
        Files.write(file, List.of("order,product", "1,tea", "1,milk"), StandardCharsets.UTF_8);

        int code = run("rules", "--input", file.toString(), "--basket-col", "basket", "--item-col", "product",
                "--min-support", "0.5", "--out", folder.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("basket").contains("order, product");
    }

    @Test
    void neitherColumnsNorBasketFormatIsBadInput() {
        int code = run("rules", "--input", GROCERIES, "--min-support", "0.01", "--out", folder.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("--format basket");
    }

    @Test
    void aMissingMinimumSupportIsExitCodeTwo() {
        int code = run("rules", "--input", GROCERIES, "--format", "basket", "--out", folder.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--min-support");
    }
}
