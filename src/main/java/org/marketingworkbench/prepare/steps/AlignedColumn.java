package org.marketingworkbench.prepare.steps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marketingworkbench.prepare.Columns;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** One column of a {@link Concat} result: the same-named columns of each table, stacked in one type. */
final class AlignedColumn {
    private final Column<?> column;
    private final Set<String> typeNames;

    private AlignedColumn(Column<?> column, Set<String> typeNames) {
        this.column = column;
        this.typeNames = typeNames;
    }

    static AlignedColumn of(String name, List<Table> tables) {
        List<Column<?>> parts = new ArrayList<>();
        Set<ColumnType> types = new LinkedHashSet<>();
        Set<String> typeNames = new LinkedHashSet<>();
        for (Table table : tables) {
            Column<?> part = table.columnNames().contains(name) ? table.column(name) : null;
            parts.add(part);
            if (part != null) {
                types.add(part.type());
                typeNames.add(Columns.typeName(part));
            }
        }
        ColumnType chosen = common(types, parts);
        Column<?> stacked = chosen.create(name);
        for (int index = 0; index < tables.size(); index++) {
            Column<?> part = parts.get(index);
            if (part == null) {
                for (int row = 0; row < tables.get(index).rowCount(); row++) {
                    stacked.appendMissing();
                }
            } else {
                append(stacked, convert(part, chosen));
            }
        }
        return new AlignedColumn(stacked, typeNames.size() > 1 ? typeNames : Set.of());
    }

    /** One type for all: the same type, a wider number type, or text. */
    private static ColumnType common(Set<ColumnType> types, List<Column<?>> parts) {
        if (types.size() == 1) {
            return types.iterator().next();
        }
        boolean allNumbers = parts.stream().allMatch(part -> part == null || part instanceof NumericColumn<?>);
        if (!allNumbers) {
            return ColumnType.STRING;
        }
        boolean allWhole = parts.stream().allMatch(part -> part == null || Columns.isWholeNumber(part));
        return allWhole ? ColumnType.LONG : ColumnType.DOUBLE;
    }

    private static Column<?> convert(Column<?> part, ColumnType type) {
        if (part.type() == type) {
            return part;
        }
        if (type == ColumnType.DOUBLE) {
            return ((NumericColumn<?>) part).asDoubleColumn();
        }
        if (type == ColumnType.LONG) {
            return ((NumericColumn<?>) part).asLongColumn();
        }
        StringColumn text = StringColumn.create(part.name(), part.size());
        for (int row = 0; row < part.size(); row++) {
            text.set(row, part.isMissing(row) ? "" : part.getUnformattedString(row));
        }
        return text;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void append(Column target, Column part) {
        target.append(part);
    }

    Column<?> column() {
        return column;
    }

    /** True when the tables hold this column in different types. */
    boolean conflict() {
        return !typeNames.isEmpty();
    }

    /** The types found, as the user reads them. */
    String typesFound() {
        return String.join(", ", typeNames);
    }

    /** The type the stacked column has, as the user reads it. */
    String typeChosen() {
        return Columns.typeName(column);
    }
}
