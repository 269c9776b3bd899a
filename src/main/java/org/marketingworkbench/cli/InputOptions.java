package org.marketingworkbench.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadOptions;
import picocli.CommandLine.Option;

/** The input options every command that reads a file shares (DESIGN.md section 4). */
public final class InputOptions {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The data file to read.")
    Path input;

    @Option(names = "--encoding", paramLabel = "E", description = "Text encoding (for example UTF-8, GB18030); detected when left out.")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "D", description = "Field separator: a character, or tab, comma, semicolon, pipe; detected when left out.")
    String delimiter;

    @Option(names = "--no-header", description = "The first row is data, not column names; name columns by 0-based index.")
    boolean noHeader;

    public Path input() {
        return input;
    }

    /** The user's overrides as load options. */
    public LoadOptions loadOptions() {
        LoadOptions options = LoadOptions.detect();
        if (encoding != null) {
            options = options.withCharset(charset(encoding));
        }
        if (delimiter != null) {
            options = options.withDelimiter(delimiterChar(delimiter));
        }
        if (noHeader) {
            options = options.withHeader(false);
        }
        return options;
    }

    /** Reads the input file as a table, with each column's role guessed (personal data, ids, ...). */
    public DataSource load() {
        return DataLoader.load(input, loadOptions(), Progress.none()).withGuessedRoles(Progress.none());
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadInputException("cli.error.encoding", name);
        }
    }

    static char delimiterChar(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "tab", "\\t" -> {
                return '\t';
            }
            case "comma" -> {
                return ',';
            }
            case "semicolon" -> {
                return ';';
            }
            case "pipe" -> {
                return '|';
            }
            default -> {
                if (text.length() != 1) {
                    throw new BadInputException("cli.error.delimiter", text);
                }
                return text.charAt(0);
            }
        }
    }
}
