package org.marketingworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.CancelledException;
import picocli.CommandLine;

/**
 * Runs the command line: parses, executes, and turns failures into one readable line on
 * standard error with the documented exit code.
 */
public final class Cli {

    private Cli() {
    }

    /** Builds the command line with the given window launcher for the no-sub-command case. */
    public static CommandLine commandLine(WorkbenchCommand.WindowLauncher launcher) {
        CommandLine commandLine = new CommandLine(new WorkbenchCommand(launcher));
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
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
        }
        try {
            // parsed, not matched word by word: in "--page report" the word names a page, not the sub-command
            return commandLine.parseArgs(args).hasSubcommand();
        } catch (CommandLine.ParameterException e) {
            // a sub-command's own bad option is still headless; the error is reported when it runs
            return e.getCommandLine() != commandLine;
        }
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
