package org.marketingworkbench.ui.campaign;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.marketingworkbench.i18n.Messages;

/** Which column holds what: one chooser per role, guessed from the headers and editable. */
final class CampaignMappingPane extends TitledPane {
    private final CampaignMapping mapping;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ListChangeListener<String> columnsListener = change -> refreshChoices();
    private final List<ComboBox<String>> boxes = new ArrayList<>();

    CampaignMappingPane(CampaignMapping mapping) {
        this.mapping = mapping;
        setText(Messages.get("campaign.columns"));
        setExpanded(false);
        FlowPane roles = new FlowPane(14, 8);
        for (String role : CampaignMapping.ROLES) {
            ComboBox<String> box = new ComboBox<>(choices);
            box.setId("campaign-column-" + role);
            box.setPrefWidth(150);
            box.valueProperty().bindBidirectional(mapping.column(role));
            boxes.add(box);
            Label label = new Label(Messages.get("campaign.column." + role));
            label.setLabelFor(box);
            HBox pair = new HBox(6, label, box);
            pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            roles.getChildren().add(pair);
        }
        setContent(roles);
        mapping.choices().addListener(columnsListener);
        refreshChoices();
    }

    void dispose() {
        mapping.choices().removeListener(columnsListener);
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).valueProperty().unbindBidirectional(mapping.column(CampaignMapping.ROLES.get(i)));
        }
    }

    private void refreshChoices() {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(mapping.choices());
        choices.setAll(all);
    }
}
