package org.marketingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnProfile;
import org.marketingworkbench.data.ColumnProfiler;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.RoleGuesser;
import org.marketingworkbench.data.RoleGuesses;
import org.marketingworkbench.data.TableProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profile}: what is in a data file, column by column (DESIGN.md section 4). */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {
            "Profiles every column of a data file and writes profile.csv: type, guessed role and why, count, "
                    + "missing, missing %%, distinct, min, max, mean, std, quartiles, skewness, top values.",
            "Prints one JSON object: rows, columns, encoding, delimiter and columns_detail "
                    + "(name, type, role, missing, distinct per column)."
        })
public final class ProfileCommand implements Callable<Integer> {

    static final String PROFILE_FILE = "profile.csv";

    @Mixin
    InputOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for profile.csv.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DataSource source = input.load();
        TableProfile profile = ColumnProfiler.profile(source.table(), source.types(), Progress.none());
        RoleGuesses roles = RoleGuesser.guess(source.table(), profile);
        try (OutputStage stage = OutputStage.open(out)) {
            ProfileCsv.write(stage.file(PROFILE_FILE), profile, roles);
            stage.commit();
        }
        // What the loader noticed (ragged rows, values that did not fit, a file without rows) goes to stderr.
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : source.warnings()) {
            err.println("warning: " + warning);
        }
        err.flush();
        JsonOutput.print(spec.commandLine().getOut(), json(source, profile, roles));
        return ExitCode.OK;
    }

    static Map<String, Object> json(DataSource source, TableProfile profile, RoleGuesses roles) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ColumnProfile column : profile.columns()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("name", column.name());
            detail.put("type", column.type().id());
            detail.put("role", roles.get(column.name()).role().name().toLowerCase(Locale.ROOT));
            detail.put("missing", column.missing());
            detail.put("distinct", column.distinct());
            columns.add(detail);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", profile.rows());
        json.put("columns", profile.columns().size());
        json.put("encoding", source.charset().name());
        json.put("delimiter", source.delimiter() == null ? null : source.delimiter().toString());
        json.put("columns_detail", columns);
        return json;
    }
}
