package org.marketingworkbench.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.task.TaskStatus;

/** The status bar: the last notice, and the running task with its progress and a cancel button. */
final class StatusBarView {
    private final HBox root;
    private final ShellViewModel model;
    private final Label notice = new Label();
    private final Label task = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(Feather.X_CIRCLE));
    private final ChangeListener<TaskStatus> taskListener = (obs, old, status) -> show(status);

    StatusBarView(ShellViewModel model) {
        this.model = model;
        notice.textProperty().bind(model.statusProperty());
        notice.setId("status-notice");
        task.setId("status-task");
        progress.setPrefWidth(180);
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setTooltip(new Tooltip(Messages.get("status.cancel")));
        cancel.setOnAction(event -> model.tasks().cancelAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(10, notice, spacer, task, progress, cancel);
        root.getStyleClass().add("status-bar");
        root.setPadding(new Insets(4, 10, 4, 10));
        model.tasks().latest().addListener(taskListener);
        show(model.tasks().latest().get());
    }

    Node node() {
        return root;
    }

    void dispose() {
        model.tasks().latest().removeListener(taskListener);
        notice.textProperty().unbind();
        task.textProperty().unbind();
        progress.progressProperty().unbind();
    }

    private void show(TaskStatus status) {
        boolean running = status != null;
        task.setVisible(running);
        progress.setVisible(running);
        cancel.setVisible(running);
        task.textProperty().unbind();
        progress.progressProperty().unbind();
        if (running) {
            int others = model.tasks().running().size() - 1;
            String title = others > 0 ? Messages.get("status.taskAndMore", status.title(), others) : status.title();
            task.textProperty().bind(Bindings.createStringBinding(() -> {
                String message = status.messageProperty().get();
                return message == null || message.isBlank() ? title : title + ": " + message;
            }, status.messageProperty()));
            progress.progressProperty().bind(status.progressProperty());
        }
    }
}
