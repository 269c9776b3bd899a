package org.marketingworkbench.ui.predict;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One headline figure: the value large, its name, and a short line of explanation. */
final class MetricCard extends VBox {
    private final Label value = new Label("–");
    private final Label detail = new Label();

    MetricCard(String name, String help) {
        super(2);
        value.getStyleClass().add("predict-metric-value");
        Label label = new Label(name);
        label.getStyleClass().add("text-bold");
        detail.setText(help);
        detail.getStyleClass().addAll("text-small", "text-muted");
        detail.setWrapText(true);
        getChildren().addAll(value, label, detail);
        getStyleClass().add("predict-metric");
        setMinWidth(96);
        setPrefWidth(140);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
    }

    void show(String text) {
        value.setText(text);
    }

    void showDetail(String text) {
        detail.setText(text);
    }
}
