package org.marketingworkbench.ui.segment;

import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.Amounts;
import org.marketingworkbench.segment.FeatureProfile;
import org.marketingworkbench.segment.SegmentCharts;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;

/**
 * The profiles: a heat map of every feature's difference from all customers in standard
 * deviations, and the table of means (or shares) per segment beside the base.
 */
final class ProfilePane extends SplitPane {
    private final SegmentViewModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ChartPane heatMap;
    private final TableView<Integer> table = new TableView<>();

    ProfilePane(SegmentViewModel model, ViewServices services) {
        this.model = model;
        heatMap = new ChartPane(services.charts(), services.theme());
        heatMap.setId("segment-heat-map");
        table.setId("segment-profile-table");
        table.getStyleClass().addAll("dense", "striped");
        table.setPlaceholder(new Label(Messages.get("segment.result.none")));
        TableExportButton export = new TableExportButton(services.tables(), model.exports()::profiles,
                () -> "segment-profiles", java.util.Set::of);
        export.setText(Messages.get("segment.export.profiles"));
        Label note = new Label(Messages.get("segment.profiles.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, note, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox tableBox = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getItems().addAll(heatMap, tableBox);
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.58);
        subscriptions.onChange(model.resultProperty(), (obs, old, result) -> show(result));
        show(model.resultProperty().get());
    }

    void dispose() {
        subscriptions.release();
        heatMap.dispose();
    }

    private void show(SegmentationResult result) {
        table.getColumns().clear();
        if (result == null) {
            table.getItems().clear();
            heatMap.setChart(null, "segment-profiles");
            return;
        }
        heatMap.setChart(style -> SegmentCharts.profileHeatMap(result, style), "segment-profiles-heat-map");
        TableColumn<Integer, String> feature = new TableColumn<>(Messages.get("segment.profiles.feature"));
        feature.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(result.featureNames().get(cell.getValue())));
        feature.setPrefWidth(170);
        table.getColumns().add(feature);
        table.getColumns().add(valueColumn(Messages.get("segment.allCustomers"),
                dim -> format(result.profiles().get(0).features().get(dim), true)));
        for (int segment = 0; segment < result.k(); segment++) {
            int index = segment;
            table.getColumns().add(valueColumn(result.name(segment),
                    dim -> format(result.profiles().get(index).features().get(dim), false)));
        }
        table.getItems().setAll(IntStream.range(0, result.features().size()).boxed().toList());
    }

    private static TableColumn<Integer, String> valueColumn(String title, java.util.function.IntFunction<String> text) {
        TableColumn<Integer, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setSortable(false);
        column.setPrefWidth(150);
        return column;
    }

    /** "52,300 (+1.3 SD)", "45.0% (-0.6 SD)", or the base value alone. */
    private static String format(FeatureProfile profile, boolean base) {
        double value = base ? profile.baseValue() : profile.segmentValue();
        String number = profile.isShare() ? Amounts.share(value) : Amounts.amount(value);
        return base ? number : Messages.get("segment.profiles.cell", number, profile.differenceInSd());
    }
}
