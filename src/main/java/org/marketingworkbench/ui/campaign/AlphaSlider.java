package org.marketingworkbench.ui.campaign;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.marketingworkbench.i18n.Messages;

/**
 * The slider for a, from "conversion only" (0) to "attention only" (1), with a marker under
 * every value of a where the top campaign changes.
 */
final class AlphaSlider extends VBox {
    private final Slider slider = new Slider(0, 1, 0.5);
    private final Pane markers = new Pane();
    private final Label value = new Label();
    private List<Double> changes = List.of();

    AlphaSlider(DoubleProperty alpha) {
        super(0);
        slider.setId("campaign-alpha");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(0.25);
        slider.setMinorTickCount(4);
        slider.setBlockIncrement(0.01);
        slider.valueProperty().bindBidirectional(alpha);
        value.textProperty().bind(slider.valueProperty().asString("a = %.2f"));
        value.getStyleClass().add("text-bold");
        value.setMinWidth(70);
        Label left = new Label(Messages.get("campaign.alpha.conversion"));
        Label right = new Label(Messages.get("campaign.alpha.attention"));
        left.getStyleClass().add("text-muted");
        right.getStyleClass().add("text-muted");
        VBox track = new VBox(0, slider, markers);
        HBox.setHgrow(track, Priority.ALWAYS);
        markers.setPrefHeight(10);
        markers.widthProperty().addListener((obs, old, width) -> layoutMarkers());
        HBox row = new HBox(10, value, left, track, right);
        row.setAlignment(Pos.TOP_LEFT);
        getChildren().add(row);
    }

    void unbind(DoubleProperty alpha) {
        slider.valueProperty().unbindBidirectional(alpha);
        value.textProperty().unbind();
    }

    /** Marks these values of a (where the top campaign changes). */
    void setChanges(List<Double> values, List<String> descriptions) {
        changes = values;
        markers.getChildren().clear();
        for (int i = 0; i < values.size(); i++) {
            Polygon marker = new Polygon(0, 0, -5, 9, 5, 9);
            marker.getStyleClass().add("alpha-marker");
            Tooltip.install(marker, new Tooltip(descriptions.get(i)));
            markers.getChildren().add(marker);
        }
        layoutMarkers();
    }

    private void layoutMarkers() {
        // the slider's track is inset by about half a thumb on each side
        double inset = 8;
        double width = markers.getWidth() - 2 * inset;
        for (int i = 0; i < changes.size(); i++) {
            markers.getChildren().get(i).setLayoutX(inset + width * changes.get(i));
        }
    }
}
