package org.marketingworkbench.project.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.prepare.RecipeResult;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.SourceStatus;
import tech.tablesaw.api.Table;

/**
 * A project opened without a window: the project, its sources loaded with the stored options,
 * what became of each source, and (once the Prepare recipe runs headless) the prepared table.
 * Section builders read their page's input from here.
 *
 * @param project  the project, sources at the places they were found
 * @param file     the project file
 * @param sources  the loaded sources by id (missing ones are absent)
 * @param statuses what became of each source, in the project's order
 * @param preparation the project's recipe applied to its sources, when it has one and every step ran
 */
public record LoadedProject(Project project, Path file, Map<String, DataSource> sources, List<SourceStatus> statuses,
        Optional<RecipeResult> preparation) {

    public LoadedProject {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        statuses = List.copyOf(statuses);
    }

    /**
     * The table a page reads: the prepared table for {@link Pages#PREPARED_INPUT}, else the
     * source with that id; with no input named, the only source there is.
     */
    public Table input(String inputId) {
        if (Pages.PREPARED_INPUT.equals(inputId)) {
            return preparation.map(RecipeResult::table)
                    .orElseThrow(() -> new BadInputException("project.error.preparedUnavailable"));
        }
        return inputSource(inputId).table();
    }

    /** The source a page reads (see {@link #input}); bad input when it is missing or not loaded. */
    public DataSource inputSource(String inputId) {
        if (inputId == null) {
            if (project.sources().size() != 1) {
                throw new BadInputException("project.error.inputUnnamed");
            }
            inputId = project.sources().get(0).id();
        }
        String id = inputId;
        if (project.source(id).isEmpty()) {
            throw new BadInputException("project.error.unknownInput", id,
                    String.join(", ", project.sources().stream().map(source -> source.id()).toList()));
        }
        DataSource source = sources.get(id);
        if (source == null) {
            throw new BadInputException("project.error.inputMissing", project.source(id).get().fileName());
        }
        return source;
    }

    /** The label of an input for the report: the source's file name, or "prepared data". */
    public String inputName(String inputId) {
        if (Pages.PREPARED_INPUT.equals(inputId)) {
            return org.marketingworkbench.i18n.Messages.get("report.preparedData");
        }
        return inputSource(inputId).name();
    }
}
