package org.marketingworkbench.cli;

/** Exit codes of the command line: part of its public contract. */
public final class ExitCode {
    public static final int OK = 0;
    /** Something went wrong inside the program. */
    public static final int INTERNAL = 1;
    /** The input or the arguments are not usable; the message says what to change. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
