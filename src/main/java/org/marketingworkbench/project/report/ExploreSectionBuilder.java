package org.marketingworkbench.project.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.explore.AnalysableColumns;
import org.marketingworkbench.explore.CorrelationMatrix;
import org.marketingworkbench.explore.Correlations;
import org.marketingworkbench.explore.Describe;
import org.marketingworkbench.explore.TableSummary;
import org.marketingworkbench.project.ExploreParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.ExploreSection;
import tech.tablesaw.api.Table;

/** Describes the Explore page's input again and correlates the stored (or default) number columns. */
public final class ExploreSectionBuilder implements SectionBuilder {

    @Override
    public String page() {
        return Pages.EXPLORE;
    }

    @Override
    public Optional<ReportSection> build(LoadedProject project, Progress progress) {
        Optional<ExploreParameters> stored = project.project().page(Pages.EXPLORE_PARAMETERS);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ExploreParameters parameters = stored.get();
        Table table = project.input(parameters.input());
        TableSummary summary = Describe.table(table, progress.slice(0, 0.4));
        List<String> columns = parameters.correlationColumns().stream().filter(table::containsColumn).toList();
        if (columns.size() < 2) {
            columns = AnalysableColumns.numbers(table, roles(project, parameters.input(), progress.slice(0.4, 0.5)));
        }
        CorrelationMatrix correlations = columns.size() < 2 ? null
                : Correlations.matrix(table, columns, parameters.correlation(), progress.slice(0.5, 1));
        return Optional.of(new ExploreSection(summary, correlations, project.inputName(parameters.input())));
    }

    /** The roles the Data page would show (guessed as when the file is opened); none for the prepared table. */
    private static Map<String, ColumnRole> roles(LoadedProject project, String input, Progress progress) {
        if (Pages.PREPARED_INPUT.equals(input)) {
            return Map.of();
        }
        // projects keep no roles; the window guesses them when a file is opened, so the report does too
        return project.inputSource(input).withGuessedRoles(progress).roles();
    }
}
