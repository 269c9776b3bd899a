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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.data.PandasPeer;
import picocli.CommandLine;

/** The {@code profile} command end to end, as a user runs it. */
class ProfileCommandTest {

    private static final Path BANK = PandasPeer.bankFull();

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.commandLine(options -> {
            throw new AssertionError("no window in a command-line test");
        });
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Profiles a comma-separated file with this content into {@code folder/profile}; it must succeed. */
    private Run profileOf(String fileName, String content) throws IOException {
        Path input = Files.writeString(folder.resolve(fileName), content);
        Run run = run("profile", "--input", input.toString(), "--delimiter", ",", "--out", profileFolder().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private Path profileFolder() {
        return folder.resolve("profile");
    }

    @Test
    void profilesBankMarketingAsPandasCountsIt() throws IOException {
        Path out = folder.resolve("profile");

        // The delimiter is given: detecting it is the loader's part, tested there.
        Run run = run("profile", "--input", BANK.toString(), "--delimiter", ";", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        // 45,211 rows x 17 columns: the datasets README (UCI Bank Marketing, bank-full.csv).
        assertThat(json.get("rows").asInt()).isEqualTo(45_211);
        assertThat(json.get("columns").asInt()).isEqualTo(17);
        assertThat(json.get("delimiter").asText()).isEqualTo(";");
        assertThat(json.get("encoding").asText()).isEqualTo("UTF-8");
        Map<String, PandasPeer.Described> pandas = PandasPeer.describe("bank-full");
        assertThat(json.get("columns_detail")).hasSize(17);
        for (JsonNode column : json.get("columns_detail")) {
            PandasPeer.Described peer = pandas.get(column.get("name").asText());
            assertThat(column.get("missing").asInt()).isEqualTo(peer.missing());
            assertThat(column.get("distinct").asInt()).as(peer.column()).isEqualTo(peer.distinct());
        }
        assertThat(json.get("columns_detail").get(16).get("role").asText()).isEqualTo("target");
        assertThat(json.get("columns_detail").get(0).get("type").asText()).isEqualTo("integer");
    }

    @Test
    void writesOneCompleteProfileRowPerColumn() throws IOException {
        Path out = folder.resolve("profile");

        run("profile", "--input", BANK.toString(), "--delimiter", ";", "--out", out.toString());

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("profile.csv");
        }
        byte[] bytes = Files.readAllBytes(out.resolve("profile.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(18);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ProfileCsv.HEADER));
        // age: pandas describe() gives mean 40.93621021432837, std 10.618762040975431, quartiles 33, 39, 48
        // (the summation order differs in the last two digits, so twelve decimals are compared).
        assertThat(lines.get(1)).startsWith("age,integer,feature,")
                .contains(",45211,0,0,77,18,95,40.936210214328").contains(",10.618762040975")
                .contains(",33,39,48,");
        // pdays: -1 means "never contacted"; a negative number stays a number, not a guarded formula.
        assertThat(lines.get(14)).startsWith("pdays,").contains(",-1,871,");
        // job: pandas value_counts() puts blue-collar (9,732) first.
        assertThat(lines.get(2)).startsWith("job,category,feature,").contains("blue-collar (9732); management (9458)");
    }

    @Test
    void aMissingInputFileIsOneLineAndExitCodeTwo() {
        Path out = folder.resolve("never");

        Run run = run("profile", "--input", folder.resolve("nothing.csv").toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("error: ").contains("nothing.csv");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputPathThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "keep me");

        Run run = run("profile", "--input", BANK.toString(), "--delimiter", ";", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void personalDataValuesStayOutOfTheProfile() throws IOException {
        Run run = profileOf("customers.csv",
                "customer_id,姓名,phone,city\n1,张伟,13812345678,北京\n2,李娜,13912345678,上海\n3,王芳,15012345678,北京\n");

        String csv = Files.readString(profileFolder().resolve("profile.csv"));
        // Phone numbers may be read as numbers; their median would be a real number (13912345678), so no statistics.
        assertThat(csv).contains("\n姓名,").contains("\nphone,").doesNotContain("张伟").doesNotContain("1381234")
                .doesNotContain("1391234").doesNotContain("1501234").contains("北京 (2)");
        JsonNode detail = new ObjectMapper().readTree(run.out()).get("columns_detail");
        assertThat(detail.get(0).get("role").asText()).isEqualTo("id");
        assertThat(detail.get(1).get("role").asText()).isEqualTo("personal");
        assertThat(detail.get(2).get("role").asText()).isEqualTo("personal");
    }

    @Test
    void constantAndEmptyColumnsAreProfiledAndIgnored() throws IOException {
        profileOf("flat.csv", "customer_id,country,fee,note,spend\n1,CN,5,,10.5\n2,CN,5,,20\n3,CN,5,,30\n");

        List<String> lines = Files.readAllLines(profileFolder().resolve("profile.csv"));
        assertThat(lines.get(2)).startsWith("country,category,ignore,");
        // fee is 5 in every row: std 0 (no division by zero), skewness 0 as pandas gives.
        assertThat(lines.get(3)).startsWith("fee,integer,ignore,").contains(",3,0,0,1,5,5,5,0,5,5,5,0,");
        // note has no value: 3 of 3 missing, 100%.
        assertThat(lines.get(4)).startsWith("note,").contains(",ignore,").contains(",0,3,100,0,");
        // spend 10.5, 20, 30: mean 20.166..., median 20.
        assertThat(lines.get(5)).startsWith("spend,decimal,feature,").contains(",10.5,30,20.1666666666666");
    }

    @Test
    void profilesTwoHundredColumns() throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int column = 0; column < 200; column++) {
            csv.append(column == 0 ? "" : ",").append("c").append(column);
        }
        for (int row = 0; row < 5; row++) {
            csv.append('\n');
            for (int column = 0; column < 200; column++) {
                csv.append(column == 0 ? "" : ",").append(row * column);
            }
        }
        Run run = profileOf("wide.csv", csv.append('\n').toString());

        assertThat(new ObjectMapper().readTree(run.out()).get("columns").asInt()).isEqualTo(200);
        assertThat(Files.readAllLines(profileFolder().resolve("profile.csv"))).hasSize(201);
    }

    @Test
    void helpDescribesTheOutput() {
        Run run = run("profile", "-h");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--input").contains("--out").contains("--encoding").contains("columns_detail");
    }
}
