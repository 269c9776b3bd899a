package org.marketingworkbench.ui.segment;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.ClusterQuality;
import org.marketingworkbench.segment.Notice;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;

/**
 * Above the results: the headline figures of the segmentation shown, what the user should know
 * (features left out, rows dropped, settings changed since), and the ways to use it: add the
 * segment column for the other pages, export the assignments.
 */
final class ResultBar extends VBox {
    private final Subscriptions subscriptions = new Subscriptions();

    ResultBar(SegmentViewModel model, ViewServices services) {
        super(4);
        Label summary = new Label();
        summary.setId("segment-summary");
        summary.getStyleClass().add("text-bold");
        summary.setWrapText(true);
        subscriptions.bind(summary.textProperty(), Bindings.createStringBinding(
                () -> summary(model.resultProperty().get()), model.resultProperty()));
        Button add = new Button(Messages.get("segment.use.add"), new FontIcon(Feather.PLUS_SQUARE));
        add.setId("segment-add-column");
        add.setTooltip(new Tooltip(Messages.get("segment.use.addHint")));
        add.setOnAction(event -> model.addSegmentColumn());
        subscriptions.bind(add.disableProperty(), model.resultProperty().isNull().or(model.runningProperty()));
        TableExportButton assignments = new TableExportButton(services.tables(), model.exports()::assignments,
                () -> "segment-assignments", model.exports()::personalColumns);
        assignments.setText(Messages.get("segment.export.assignments"));
        subscriptions.bind(assignments.disableProperty(), model.resultProperty().isNull());
        // the buttons keep their width; the summary wraps
        add.setMinWidth(Region.USE_PREF_SIZE);
        assignments.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox top = new HBox(8, summary, add, assignments);
        top.setAlignment(Pos.CENTER_LEFT);
        Label notices = muted("segment-notices");
        subscriptions.bind(notices.textProperty(), Bindings.createStringBinding(
                () -> notices(model.resultProperty().get()), model.resultProperty()));
        Label published = muted("segment-published");
        subscriptions.bind(published.textProperty(), Bindings.createStringBinding(
                () -> model.use().publishedProperty().get().isEmpty() ? ""
                        : Messages.get("segment.use.published", model.use().publishedProperty().get()),
                model.use().publishedProperty()));
        Label stale = new Label(Messages.get("segment.result.stale"), new FontIcon(Feather.REFRESH_CW));
        stale.getStyleClass().add("segment-stale");
        stale.setId("segment-stale");
        subscriptions.bind(stale.visibleProperty(), model.staleProperty());
        subscriptions.bind(stale.managedProperty(), model.staleProperty());
        getChildren().addAll(top, notices, published, stale);
        getStyleClass().add("segment-result-bar");
    }

    void dispose() {
        subscriptions.release();
    }

    private static Label muted(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static String summary(SegmentationResult result) {
        if (result == null) {
            return Messages.get("segment.result.none");
        }
        ClusterQuality quality = result.quality();
        String silhouette = quality.silhouetteExact() ? Messages.get("segment.result.silhouette", quality.silhouette())
                : Messages.get("segment.result.silhouetteSample", quality.silhouette(), quality.silhouetteSampleSize());
        return Messages.get("segment.result.summary", result.k(), result.clustering().size(), silhouette,
                quality.calinskiHarabasz(), quality.daviesBouldin());
    }

    private static String notices(SegmentationResult result) {
        return result == null ? "" : result.notices().stream().map(Notice::text).collect(Collectors.joining(" "));
    }
}
