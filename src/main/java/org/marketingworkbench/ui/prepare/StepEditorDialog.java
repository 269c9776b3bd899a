package org.marketingworkbench.ui.prepare;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepTypes;

/** The dialog that edits one step; OK is refused, with the reason shown, while a number is typed wrong. */
final class StepEditorDialog {

    private StepEditorDialog() {
    }

    /** The edited step, or empty when the user cancelled. */
    static Optional<Step> edit(Window owner, Step step, StepChoices choices) {
        StepForm form = new StepForm(step, choices);
        Label description = new Label(StepTypes.all().stream().filter(type -> type.type() == step.getClass())
                .findFirst().map(StepTypes.StepType::description).orElse(""));
        description.setWrapText(true);
        description.getStyleClass().add("text-muted");
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.setPrefViewportWidth(640);
        Dialog<Step> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title(step));
        dialog.setHeaderText(StepTypes.nameOf(step));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(10, description, scroll, error));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("prepare-step-editor");
        Step[] built = new Step[1];
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                built[0] = form.step();
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? built[0] : null);
        return dialog.showAndWait();
    }

    static String title(Step step) {
        return Messages.get("prepare.editTitle", StepTypes.nameOf(step));
    }
}
