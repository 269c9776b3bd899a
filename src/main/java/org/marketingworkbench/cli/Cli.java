package org.marketingworkbench.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.CancelledException;
import picocli.CommandLine;

/**
 * Runs the command line: parses, executes, and turns failures into one readable line on
 * standard error with the documented exit code.
 */
public final class Cli {
    /** The sub-commands by name (each the name in its own {@code @Command}); register new ones here, one line each. */
    static final Map<String, Class<?>> SUB_COMMANDS = subCommands();

    private Cli() {
    }

    private static Map<String, Class<?>> subCommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("campaign", CampaignCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("predict", PredictCommand.class);
        commands.put("report", ReportCommand.class);
        commands.put("segment", SegmentCommand.class);
        commands.put("profile", ProfileCommand.class);
        commands.put("recommend", RecommendCommand.class);
        return commands;
    }

    /** Builds the whole command line, every sub-command included, with the given window launcher. */
    public static CommandLine commandLine(WorkbenchCommand.WindowLauncher launcher) {
        return commandLine(launcher, true);
    }

    /**
     * Builds the command line for these arguments. When none of them is a sub-command's name or a
     * help or version flag, the sub-commands cannot be meant and are left out: building them costs
     * a third of a second of the window's start-up.
     */
    public static CommandLine commandLine(WorkbenchCommand.WindowLauncher launcher, String[] args) {
        boolean mayBeHeadless = Arrays.stream(args).anyMatch(arg -> SUB_COMMANDS.containsKey(arg) || isHelpOrVersion(arg));
        return commandLine(launcher, mayBeHeadless);
    }

    private static CommandLine commandLine(WorkbenchCommand.WindowLauncher launcher, boolean withSubCommands) {
        CommandLine commandLine = new CommandLine(new WorkbenchCommand(launcher));
        if (withSubCommands) {
            SUB_COMMANDS.forEach(commandLine::addSubcommand);
        }
        // page names such as "predict" and "report" are also sub-command names: "--page report" names a page
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (exception instanceof BadInputException) {
                err.println("error: " + exception.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            if (exception instanceof CancelledException) {
                err.println("error: cancelled");
                err.flush();
                return ExitCode.INTERNAL;
            }
            err.println("internal error: " + describe(exception));
            err.flush();
            return ExitCode.INTERNAL;
        });
        commandLine.setExitCodeExceptionMapper(exception -> ExitCode.BAD_INPUT);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            PrintWriter err = failed.getErr();
            String help = failed.getCommandSpec().qualifiedName() + " --help";
            err.println("error: " + exception.getMessage() + " (see " + help + ")");
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        return commandLine;
    }

    /** True when the arguments name a sub-command or ask for help, so no window is needed. */
    public static boolean isHeadless(CommandLine commandLine, String[] args) {
        if (Arrays.stream(args).anyMatch(Cli::isHelpOrVersion)) {
            return true;
        }
        try {
            // parsed, not matched word by word: in "--page report" the word names a page, not the sub-command
            return commandLine.parseArgs(args).hasSubcommand();
        } catch (CommandLine.ParameterException e) {
            // a sub-command's own bad option is still headless; the error is reported when it runs
            return e.getCommandLine() != commandLine;
        }
    }

    private static boolean isHelpOrVersion(String arg) {
        return arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
    }

    /** Ends the process with this exit code: the command line's one way out (0 ok, 1 failure, 2 bad input). */
    public static void exit(int code) {
        System.exit(code);
    }

    /** Runs headless with English messages, the stable language of the command line. */
    public static int run(CommandLine commandLine, String[] args) {
        Locale.setDefault(Locale.ENGLISH);
        return commandLine.execute(args);
    }

    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
