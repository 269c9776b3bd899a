package org.marketingworkbench.ui.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.data.ColumnProfile;
import org.marketingworkbench.data.ColumnProfiler;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.RoleGuess;
import org.marketingworkbench.data.RoleGuesser;
import org.marketingworkbench.data.RoleGuesses;
import org.marketingworkbench.data.TableProfile;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import tech.tablesaw.api.Table;

/**
 * The column inspector: every column's type, role and missing share, and for the chosen column
 * its statistics, chart, role (with why it was guessed) and a type change. The profile is
 * computed once per table in the background; a role change reuses it.
 */
public final class ColumnInspectorViewModel {
    /** One line of the column list. */
    public record ColumnRow(String name, String type, ColumnRole role, ColumnRole guessedRole, double missingPercent,
            int distinct) {
    }

    private final TaskExecutor executor;
    private final BiConsumer<DataSource, DataSource> replace;
    private final ObjectProperty<DataSource> source = new SimpleObjectProperty<>(this, "source");
    private final ReadOnlyObjectWrapper<TableProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final StringProperty column = new SimpleStringProperty(this, "column");
    private final ReadOnlyObjectWrapper<ColumnProfile> columnProfile = new ReadOnlyObjectWrapper<>(this, "columnProfile");
    private final ReadOnlyObjectWrapper<ColumnRole> role = new ReadOnlyObjectWrapper<>(this, "role");
    private final ReadOnlyStringWrapper roleReason = new ReadOnlyStringWrapper(this, "roleReason", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final TypeChangeViewModel typeChange;
    private RoleGuesses guesses;
    private Table profiledTable;

    /** {@code replace} swaps a source in the workspace for its changed copy (new role or type). */
    public ColumnInspectorViewModel(TaskExecutor executor, BiConsumer<DataSource, DataSource> replace) {
        this.executor = executor;
        this.replace = replace;
        this.typeChange = new TypeChangeViewModel(executor, source, column, replace);
        source.addListener((obs, old, value) -> sourceChanged(value));
        column.addListener((obs, old, value) -> showColumn());
    }

    /** The source inspected (the page's selected source). */
    public ObjectProperty<DataSource> sourceProperty() {
        return source;
    }

    /** The profile of the whole table, or null while it is computed. */
    public ReadOnlyObjectProperty<TableProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    /** The name of the column inspected. */
    public StringProperty columnProperty() {
        return column;
    }

    public ReadOnlyObjectProperty<ColumnProfile> columnProfileProperty() {
        return columnProfile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColumnRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** Why the column has its role: the guess's reason, or that the user chose it. */
    public ReadOnlyStringProperty roleReasonProperty() {
        return roleReason.getReadOnlyProperty();
    }

    /** Why the profile could not be made, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public TypeChangeViewModel typeChange() {
        return typeChange;
    }

    /** Gives the inspected column another role; the source is replaced by a copy with it. */
    public void setRole(ColumnRole newRole) {
        DataSource current = source.get();
        String name = column.get();
        if (current == null || name == null || newRole == null || newRole == current.roles().get(name)) {
            return;
        }
        Map<String, ColumnRole> roles = new LinkedHashMap<>(current.roles());
        roles.put(name, newRole);
        replace.accept(current, current.withRoles(roles));
    }

    private void sourceChanged(DataSource value) {
        if (value == null) {
            profiledTable = null;
            guesses = null;
            profile.set(null);
            column.set(null);
            refresh();
            return;
        }
        if (value.table() == profiledTable) {
            refresh();
            return;
        }
        profile.set(null);
        refresh();
        Table table = value.table();
        executor.execute(BackgroundTask.of(Messages.get("data.task.profile", value.name()), progress -> {
            TableProfile made = ColumnProfiler.profile(table, value.types(), progress.slice(0, 0.8));
            return new Profiled(made, RoleGuesser.guess(table, made));
        }).onSuccess(done -> {
            if (source.get() != null && source.get().table() == table) {
                profiledTable = table;
                guesses = done.guesses();
                problem.set("");
                profile.set(done.profile());
                refresh();
            }
        }).onFailure(error -> problem.set(ErrorText.of(error))));
    }

    private record Profiled(TableProfile profile, RoleGuesses guesses) {
    }

    private void refresh() {
        DataSource current = source.get();
        TableProfile made = profile.get();
        List<ColumnRow> rows = new ArrayList<>();
        if (current != null && made != null) {
            for (ColumnProfile entry : made.columns()) {
                String name = entry.name();
                rows.add(new ColumnRow(name, Messages.get("data.type." + current.types().get(name).id()),
                        current.roles().get(name), guesses.get(name).role(), entry.missingPercent(), entry.distinct()));
            }
        }
        columns.setAll(rows);
        if (current != null && (column.get() == null || !current.table().containsColumn(column.get()))) {
            column.set(current.table().columnCount() == 0 ? null : current.table().column(0).name());
        }
        showColumn();
    }

    private void showColumn() {
        DataSource current = source.get();
        String name = column.get();
        TableProfile made = profile.get();
        boolean known = current != null && name != null && made != null && current.table().containsColumn(name);
        columnProfile.set(known ? made.column(name) : null);
        role.set(current == null || name == null ? null : current.roles().get(name));
        roleReason.set(known ? reason(current, name) : "");
    }

    private String reason(DataSource current, String name) {
        RoleGuess guess = guesses.get(name);
        ColumnRole chosen = current.roles().get(name);
        if (chosen == guess.role()) {
            return guess.reason();
        }
        return Messages.get("data.role.chosen", DataFormats.role(guess.role()), guess.reason());
    }
}
