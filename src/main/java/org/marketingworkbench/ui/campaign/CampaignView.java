package org.marketingworkbench.ui.campaign;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.campaign.CampaignAnalysis;
import org.marketingworkbench.campaign.CampaignCharts;
import org.marketingworkbench.campaign.CampaignTables;
import org.marketingworkbench.campaign.ScoredCampaign;
import org.marketingworkbench.campaign.TopChanges;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.InputChooser;
import org.marketingworkbench.ui.common.PageHeader;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.shell.PageView;
import org.marketingworkbench.ui.table.TableExportButton;

/**
 * The Campaigns page: the weight slider, the ranking chart and the segment x channel heat map,
 * the table of every figure, the A/B test and the budget plan.
 */
public final class CampaignView implements PageView {
    private final CampaignViewModel model;
    private final BorderPane root = new BorderPane();
    private final InputChooser input;
    private final Banner problem;
    private final AlphaSlider slider;
    private final CampaignMappingPane mapping;
    private final ChartPane rankingChart;
    private final ChartPane heatMap;
    private final CampaignTestPane test;
    private final ObservableList<ScoredCampaign> rows = FXCollections.observableArrayList();
    private final Label note = new Label();
    private final ChangeListener<CampaignAnalysis> analysisListener = (obs, old, analysis) -> show(analysis);

    public CampaignView(CampaignViewModel model, ViewServices services) {
        this.model = model;
        input = new InputChooser(model.input());
        problem = new Banner(model.problemProperty());
        slider = new AlphaSlider(model.alphaProperty());
        mapping = new CampaignMappingPane(model.mapping());
        mapping.setExpanded(!model.problemProperty().get().isEmpty() && model.input().selectedProperty().get() != null);
        rankingChart = new ChartPane(services.charts(), services.theme());
        heatMap = new ChartPane(services.charts(), services.theme());
        rankingChart.setId("campaign-ranking-chart");
        heatMap.setId("campaign-heat-map");
        test = new CampaignTestPane(model);
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);

        TabPane charts = new TabPane(new Tab(Messages.get("campaign.tab.ranking"), rankingChart),
                new Tab(Messages.get("campaign.tab.heatMap"), heatMap));
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TableView<ScoredCampaign> table = table();
        TableExportButton export = new TableExportButton(services.tables(),
                () -> CampaignTables.ranking(List.copyOf(rows)), () -> "campaign-scores", java.util.Set::of);
        VBox tableBox = new VBox(6, export, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane top = new SplitPane(charts, tableBox);
        top.setDividerPositions(0.5);
        javafx.scene.control.ScrollPane testScroll = new javafx.scene.control.ScrollPane(test);
        testScroll.setFitToWidth(true);
        TabPane bottom = new TabPane(new Tab(Messages.get("campaign.tab.test"), testScroll),
                new Tab(Messages.get("campaign.tab.plan"), new CampaignPlanPane(model, services.tables())));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane body = new SplitPane(top, bottom);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.72);

        VBox head = new VBox(8, new PageHeader("page.campaigns.title", input), problem, mapping, slider, note);
        root.setTop(head);
        root.setCenter(body);
        BorderPane.setMargin(body, new javafx.geometry.Insets(8, 0, 0, 0));
        root.getStyleClass().add("page");
        root.setId("campaigns-page");
        model.analysisProperty().addListener(analysisListener);
        show(model.analysisProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.analysisProperty().removeListener(analysisListener);
        input.dispose(model.input());
        problem.dispose();
        slider.unbind(model.alphaProperty());
        mapping.dispose();
        rankingChart.dispose();
        heatMap.dispose();
        test.dispose();
    }

    private void show(CampaignAnalysis analysis) {
        if (analysis == null) {
            rows.clear();
            rankingChart.setChart(null, "campaign-ranking");
            heatMap.setChart(null, "campaign-heat-map");
            slider.setChanges(List.of(), List.of());
            note.setText("");
            return;
        }
        rows.setAll(analysis.ranking());
        rankingChart.setChart(style -> CampaignCharts.ranking(analysis, style), "campaign-ranking");
        heatMap.setChart(style -> CampaignCharts.heatMap(analysis, style), "campaign-heat-map");
        List<TopChanges.Change> changes = analysis.topChanges();
        slider.setChanges(changes.stream().map(TopChanges.Change::alpha).toList(), changes.stream()
                .map(change -> Messages.get("campaign.change", change.alpha(),
                        analysis.campaigns().get(change.from()).label(), analysis.campaigns().get(change.to()).label()))
                .toList());
        note.setText(Messages.get("campaign.note", analysis.campaigns().size()) + " "
                + (changes.isEmpty() ? Messages.get("campaign.noChanges")
                        : Messages.get("campaign.changesAt", changes.stream()
                                .map(change -> String.format(Locale.ROOT, "%.2f", change.alpha()))
                                .reduce((a, b) -> a + ", " + b).orElse(""))));
    }

    private TableView<ScoredCampaign> table() {
        TableView<ScoredCampaign> table = new TableView<>(rows);
        table.setId("campaign-table");
        table.getStyleClass().addAll("dense", "striped");
        table.getColumns().add(Tables.number(Messages.get("campaign.col.rank"), ScoredCampaign::rank, "%d"));
        table.getColumns().add(Tables.text(Messages.get("campaign.column.name"), s -> s.campaign().name()));
        table.getColumns().add(Tables.text(Messages.get("campaign.column.channel"), s -> s.campaign().channel()));
        table.getColumns().add(Tables.text(Messages.get("campaign.column.segment"), s -> s.campaign().segment()));
        table.getColumns().add(Tables.number("P", ScoredCampaign::score, "%.3f"));
        table.getColumns().add(Tables.number("R", ScoredCampaign::attention, "%.3f"));
        table.getColumns().add(Tables.number("V", ScoredCampaign::conversion, "%.3f"));
        table.getColumns().add(Tables.number(Messages.get("campaign.col.attentionRate"), s -> 100 * s.campaign().attentionRate(), "%.2f%%"));
        table.getColumns().add(Tables.number(Messages.get("campaign.col.conversionRate"), s -> 100 * s.campaign().conversionRate(), "%.2f%%"));
        table.getColumns().add(Tables.number(Messages.get("campaign.column.reach"), s -> s.campaign().reach(), "%,d"));
        table.getColumns().add(Tables.number(Messages.get("campaign.column.conversions"), s -> s.campaign().conversions(), "%,d"));
        table.getColumns().add(Tables.number(Messages.get("campaign.col.cpa"), s -> s.campaign().costPerAcquisition(), "%,.2f"));
        table.getColumns().add(Tables.number(Messages.get("campaign.col.roi"), s -> 100 * s.campaign().returnOnInvestment(), "%.0f%%"));
        table.getColumns().add(Tables.number(Messages.get("campaign.col.revenuePerReach"), s -> s.campaign().revenuePerReach(), "%,.2f"));
        table.setPlaceholder(new Label(Messages.get("campaign.empty")));
        table.getColumns().get(1).setPrefWidth(130);
        table.getColumns().get(2).setPrefWidth(100);
        table.getColumns().get(3).setPrefWidth(90);
        table.getColumns().subList(4, 7).forEach(column -> column.setPrefWidth(60));
        return table;
    }
}
