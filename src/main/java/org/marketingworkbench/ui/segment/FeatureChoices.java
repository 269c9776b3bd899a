package org.marketingworkbench.ui.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.IdentifierColumns;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The feature list of a table: numeric columns chosen by default unless they are identifiers,
 * personal data or have another role; yes/no and category columns offered for one-hot encoding,
 * not chosen; text with too many values to encode listed as not available.
 */
final class FeatureChoices {
    /** The most levels a category may have (as the segmentation accepts). */
    static final int MAX_LEVELS = 50;

    private FeatureChoices() {
    }

    static List<FeatureChoice> of(InputTable input) {
        List<FeatureChoice> choices = new ArrayList<>();
        for (Column<?> column : input.table().columns()) {
            ColumnRole role = input.role(column.name());
            int missing = column.countMissing();
            String roleNote = roleNote(role, column);
            if (column instanceof NumericColumn<?>) {
                choices.add(new FeatureChoice(column.name(), FeatureChoice.Kind.NUMBER, roleNote, true, missing,
                        roleNote.isEmpty()));
            } else if (column instanceof BooleanColumn) {
                choices.add(new FeatureChoice(column.name(), FeatureChoice.Kind.NUMBER,
                        roleNote.isEmpty() ? Messages.get("segment.feature.yesNo") : roleNote, true, missing, false));
            } else if (column instanceof StringColumn text) {
                int levels = text.countUnique() - (missing > 0 ? 1 : 0);
                boolean usable = levels <= MAX_LEVELS && role != ColumnRole.PERSONAL;
                String note = !roleNote.isEmpty() ? roleNote
                        : Messages.get(usable ? "segment.feature.levels" : "segment.feature.tooManyLevels", levels);
                choices.add(new FeatureChoice(column.name(), FeatureChoice.Kind.CATEGORY, note, usable, missing, false));
            }
        }
        return choices;
    }

    /** Why a column is not chosen by default, or "" for an ordinary feature. */
    private static String roleNote(ColumnRole role, Column<?> column) {
        if (role == ColumnRole.PERSONAL) {
            return Messages.get("segment.feature.personal");
        }
        if (role == ColumnRole.ID || (role == ColumnRole.FEATURE && column instanceof NumericColumn<?>
                && IdentifierColumns.isIdentifier(column))) {
            return Messages.get("segment.feature.identifier");
        }
        if (role != ColumnRole.FEATURE) {
            return Messages.get("segment.feature.role." + role.name().toLowerCase(Locale.ROOT));
        }
        return "";
    }
}
