package org.marketingworkbench.ui.prepare;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepSummaries;

/**
 * The editor of one step: a labelled control per parameter of the step's record, filled from the
 * step, and the edited step built back from the controls. One form serves every step type, so a
 * new type needs only its labels in the bundles.
 */
final class StepForm extends GridPane {
    private final Class<? extends Step> type;
    private final RecordComponent[] components;
    private final List<Fields.Field> fields = new ArrayList<>();
    private final boolean enabled;

    StepForm(Step step, StepChoices choices) {
        this.type = step.getClass();
        this.components = type.getRecordComponents();
        this.enabled = step.enabled();
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, controls);
        int line = 0;
        for (RecordComponent component : components) {
            if (component.getName().equals("enabled")) {
                fields.add(null);
                continue;
            }
            Fields.Field field = Fields.create(component.getName(), component.getGenericType(),
                    StepSummaries.read(component, step), choices);
            Label label = new Label(StepSummaries.field(component.getName()));
            label.setLabelFor(field.node());
            add(label, 0, line);
            add(field.node(), 1, line);
            GridPane.setValignment(label, VPos.TOP);
            fields.add(field);
            line++;
        }
    }

    /** The step as the controls describe it; an {@link IllegalArgumentException} says what is typed wrong. */
    Step step() {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = fields.get(i) == null ? enabled : fields.get(i).value();
        }
        return (Step) StepRecords.create(type.asSubclass(Record.class), values);
    }
}
