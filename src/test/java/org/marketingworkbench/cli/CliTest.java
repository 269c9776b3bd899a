package org.marketingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {

    @Test
    void helpListsTheOptionsWithoutOpeningTheWindow() {
        AtomicBoolean opened = new AtomicBoolean();
        CommandLine line = Cli.commandLine(options -> opened.set(true));
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out));

        int code = Cli.run(line, new String[] {"--help"});

        assertThat(code).isZero();
        assertThat(opened).isFalse();
        assertThat(out.toString()).contains("--sample").contains("Usage: marketing-workbench");
        assertThat(Cli.isHeadless(line, new String[] {"--help"})).isTrue();
    }

    @Test
    void noSubCommandOpensTheWindowWithTheSampleOption() {
        AtomicBoolean sample = new AtomicBoolean();
        CommandLine line = Cli.commandLine(options -> sample.set(options.sample()));

        assertThat(Cli.isHeadless(line, new String[] {"--sample"})).isFalse();
        int code = line.execute("--sample");

        assertThat(code).isZero();
        assertThat(sample).isTrue();
    }

    @Test
    void thePageOptionNamesTheReportPageRatherThanTheReportCommand() {
        java.util.concurrent.atomic.AtomicReference<String> page = new java.util.concurrent.atomic.AtomicReference<>();
        CommandLine line = Cli.commandLine(options -> page.set(options.page()));

        assertThat(Cli.isHeadless(line, new String[] {"--page", "report"})).isFalse();
        assertThat(Cli.isHeadless(line, new String[] {"report", "--project", "p.mwb.json", "--out", "o"})).isTrue();
        assertThat(line.execute("--page", "report")).isZero();
        assertThat(page).hasValue("report");
    }

    @Test
    void eachSubCommandIsRegisteredUnderTheNameItsCommandAnnotationGives() {
        Cli.SUB_COMMANDS.forEach((name, type) ->
                assertThat(type.getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
        assertThat(Cli.commandLine(options -> { }).getSubcommands().keySet())
                .containsExactlyElementsOf(Cli.SUB_COMMANDS.keySet());
    }

    @Test
    void theWindowAloneIsBuiltOnlyWhenNoArgumentCanNameASubCommand() {
        assertThat(Cli.commandLine(options -> { }, new String[] {"--sample", "orders.csv"}).getSubcommands()).isEmpty();
        assertThat(Cli.commandLine(options -> { }, new String[] {"--page", "report"}).getSubcommands()).isNotEmpty();
        assertThat(Cli.commandLine(options -> { }, new String[] {"--help"}).getSubcommands()).isNotEmpty();
        CommandLine headless = Cli.commandLine(options -> { }, new String[] {"segment", "--input", "x.csv"});
        assertThat(Cli.isHeadless(headless, new String[] {"segment", "--input", "x.csv"})).isTrue();
    }

    @Test
    void anUnknownOptionIsBadInputWithExitCodeTwo() {
        CommandLine line = Cli.commandLine(options -> { });
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err));

        int code = Cli.run(line, new String[] {"--no-such-option"});

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--no-such-option").contains("--help");
        assertThat(err.toString().lines()).as("one readable line, no usage dump").hasSize(1);
    }
}
