package org.marketingworkbench.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.LoadOptions;

/**
 * How a source file was read, as stored in the project: null means "detect", as in
 * {@link LoadOptions}.
 *
 * @param encoding  a charset name such as "UTF-8" or "GB18030"
 * @param delimiter the field separator, one character ("\t" for tab)
 * @param header    whether the first row holds column names
 * @param sheet     the spreadsheet sheet
 * @param unknown   fields written by a newer version, kept as they are
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceOptions(String encoding, String delimiter, Boolean header, String sheet,
        @JsonAnySetter Map<String, JsonNode> unknown) {

    public SourceOptions {
        unknown = UnknownFields.copy(unknown);
    }

    public static SourceOptions of(LoadOptions options) {
        return new SourceOptions(options.charset().map(Charset::name).orElse(null),
                options.delimiter().map(String::valueOf).orElse(null), options.header().orElse(null),
                options.sheet().orElse(null), Map.of());
    }

    /** The options for {@code DataLoader}; an unknown encoding or a long delimiter is bad input. */
    public LoadOptions toLoadOptions() {
        LoadOptions options = LoadOptions.detect();
        if (encoding != null) {
            options = options.withCharset(charset(encoding));
        }
        if (delimiter != null) {
            if (delimiter.length() != 1) {
                throw new BadInputException("project.error.delimiter", delimiter);
            }
            options = options.withDelimiter(delimiter.charAt(0));
        }
        if (header != null) {
            options = options.withHeader(header);
        }
        if (sheet != null) {
            options = options.withSheet(sheet);
        }
        return options;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            // an illegal or unsupported name: the file came from another computer or was edited
            throw new BadInputException(e, "project.error.encoding", name);
        }
    }

    @Override
    @JsonAnyGetter
    public Map<String, JsonNode> unknown() {
        return unknown;
    }
}
