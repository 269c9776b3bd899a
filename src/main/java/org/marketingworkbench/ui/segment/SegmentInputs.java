package org.marketingworkbench.ui.segment;

import java.util.Map;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnProfiler;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.RoleGuesser;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.segment.IdentifierColumns;
import org.marketingworkbench.ui.workspace.InputTable;

/** Which tables the Segments page can read, their column roles, and how a project names them. */
final class SegmentInputs {

    private SegmentInputs() {
    }

    /** The prepared data, or a table with at least two numeric feature columns. */
    static boolean suits(InputTable table) {
        return table.prepared() || IdentifierColumns.defaultFeatures(table.table(), table.roles()).size() >= 2;
    }

    /** The input's id in a project: the source id (its label) or {@link Pages#PREPARED_INPUT}. */
    static String projectId(InputTable table) {
        return table.prepared() ? Pages.PREPARED_INPUT : table.label();
    }

    /**
     * The input with its column roles; while the loader marks every column a feature, the roles are
     * guessed from the data, so identifiers and personal data are not chosen as features.
     */
    static InputTable withRoles(InputTable table, Progress progress) {
        if (table.roles().values().stream().anyMatch(role -> role != ColumnRole.FEATURE)) {
            return table;
        }
        Map<String, ColumnRole> roles = RoleGuesser.guess(table.table(),
                ColumnProfiler.profile(table.table(), Map.of(), progress)).roles();
        return new InputTable(table.label(), table.prepared(), table.table(), roles);
    }
}
