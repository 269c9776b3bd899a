package org.marketingworkbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.report.html.HtmlReport;
import org.marketingworkbench.report.html.RenderedReport;
import org.marketingworkbench.report.html.Report;
import org.marketingworkbench.report.html.ReportPrivacy;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.ReportTable;
import org.marketingworkbench.report.html.sections.ExploreSection;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.basket.BasketViewModel;
import org.marketingworkbench.ui.explore.ExploreViewModel;
import org.marketingworkbench.ui.predict.PredictReportProvider;
import org.marketingworkbench.ui.predict.PredictViewModel;
import org.marketingworkbench.ui.prepare.PrepareViewModel;
import org.marketingworkbench.ui.recommend.RecommendRun;
import org.marketingworkbench.ui.recommend.RecommendViewModel;
import org.marketingworkbench.ui.segment.SegmentViewModel;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** Each page's provider offers the section of what the page shows now, as the report writes it. */
class PageReportProvidersTest {
    private static final Path CUSTOMERS = Path.of("sample-data/customers.csv");
    private static final Path ORDERS = Path.of("sample-data/orders.csv");

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    private WorkspaceViewModel workspace;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        workspace = new WorkspaceViewModel(executor, dialogs);
    }

    private static RenderedReport render(ReportSection section) {
        return HtmlReport.render(new Report("Providers", ZonedDateTime.parse("2026-11-25T10:00:00Z"), List.of(section),
                Map.of(), ReportPrivacy.shownAsIs()));
    }

    /** The key-figure card the section writes: the value above its label. */
    private static String figure(String value, String labelKey) {
        return "<div class=\"figure-value\">" + value + "</div><div class=\"figure-label\">" + Messages.get(labelKey)
                + "</div>";
    }

    @Test
    void beforeAnyResultsNoPageOffersASection() {
        workspace.load(List.of(CUSTOMERS));
        List<ReportSectionProvider> providers = List.of(
                new PreparationReportProvider(new PrepareViewModel(workspace, executor, dialogs)),
                new SegmentReportProvider(new SegmentViewModel(workspace, executor, dialogs)),
                new BasketReportProvider(new BasketViewModel(workspace, executor, dialogs)),
                new PredictReportProvider(new PredictViewModel(workspace, executor, dialogs)),
                new RecommendReportProvider(new RecommendViewModel(workspace, executor, dialogs)));

        assertThat(providers).allSatisfy(provider -> assertThat(provider.reportSection().getValue()).isNull());
        assertThat(providers).extracting(ReportSectionProvider::reportSectionId)
                .containsExactly("prepare", "segments", "baskets", "predict", "recommend");
    }

    @Test
    void theSegmentsSectionShowsTheKAndCustomersOfTheRunAndTheNameTheUserGave() {
        workspace.load(List.of(CUSTOMERS));
        SegmentViewModel segments = new SegmentViewModel(workspace, executor, dialogs);
        SegmentReportProvider provider = new SegmentReportProvider(segments);

        // the sample customers have gaps in income: the marketer chose to leave those customers out
        segments.setup().missingProperty().set(MissingValues.DROP);
        segments.run();
        SegmentationResult result = segments.resultProperty().get();
        assertThat(result).isNotNull();
        ReportSection section = provider.reportSection().getValue();
        assertThat(section).isNotNull();
        String html = render(section).html();
        assertThat(html).contains(figure(Integer.toString(result.k()), "report.segment.k"))
                .contains(figure(String.format(Locale.ROOT, "%,d", result.clustering().size()),
                        "report.segment.customers"))
                .contains(Messages.get("report.segment.source", "customers.csv"));

        segments.rename(0, "Weekend bargain hunters");

        assertThat(render(provider.reportSection().getValue()).html()).contains("Weekend bargain hunters");
    }

    @Test
    void theBasketsSectionCountsAndListsEveryRuleMined() {
        workspace.load(List.of(ORDERS));
        BasketViewModel baskets = new BasketViewModel(workspace, executor, dialogs);
        BasketReportProvider provider = new BasketReportProvider(baskets);
        baskets.minSupportProperty().set(0.004);
        baskets.minConfidenceProperty().set(0.3);

        baskets.mine();
        BasketAnalysis analysis = baskets.results().analysisProperty().get();
        assertThat(analysis.rules()).isNotEmpty();
        // a filter on the page narrows what it lists, not what the report holds
        baskets.results().filterItemProperty().set(analysis.rules().get(0).antecedent().get(0));
        RenderedReport rendered = render(provider.reportSection().getValue());

        assertThat(rendered.html())
                .contains(figure(String.format(Locale.ROOT, "%,d", analysis.rules().size()), "report.basket.rules"))
                .contains(figure(String.format(Locale.ROOT, "%,d", analysis.baskets()), "report.basket.baskets"));
        ReportTable rules = rendered.tables().stream().filter(table -> table.name().endsWith("rules")).findFirst()
                .orElseThrow();
        assertThat(rules.table().rowCount()).isEqualTo(analysis.rules().size());
    }

    @Test
    void thePredictSectionShowsTheAucAndThresholdThePageShows() {
        workspace.load(List.of(CUSTOMERS));
        PredictViewModel predict = new PredictViewModel(workspace, executor, dialogs);
        PredictReportProvider provider = new PredictReportProvider(predict);

        predict.train();
        assertThat(provider.reportSection().getValue()).isNotNull();
        predict.thresholdProperty().set(0.35);
        Metrics metrics = predict.metricsProperty().get();
        String html = render(provider.reportSection().getValue()).html();

        assertThat(html).contains(figure(String.format(Locale.ROOT, "%.3f", metrics.auc()), "predict.metric.auc"))
                .contains(figure(String.format(Locale.ROOT, "%.3f", metrics.f1()), "predict.metric.f1"))
                .contains(Messages.get("report.predict.threshold", 0.35));
    }

    @Test
    void theExploreSectionAppearsOnceThePageHasSummarisedItsTable() {
        workspace.load(List.of(CUSTOMERS));
        ExploreViewModel explore = new ExploreViewModel(workspace, executor, dialogs);
        ExploreReportProvider provider = new ExploreReportProvider(explore);

        var summary = explore.summaryProperty().get();
        assertThat(summary).isNotNull();
        String html = render(provider.reportSection().getValue()).html();

        assertThat(html).contains(Messages.get("report.explore.source", "customers.csv"))
                .contains(figure(String.format(Locale.ROOT, "%,d", summary.rows()), "report.explore.rows"))
                .contains(figure(Integer.toString(summary.columns().size()), "report.explore.columns"));
        // the matrix the page's correlation tab shows, not one computed again
        assertThat(explore.correlation().resultProperty().get()).isNotNull();
        assertThat(((ExploreSection) provider.reportSection().getValue()).correlations())
                .isSameAs(explore.correlation().resultProperty().get());
    }
    @Test
    void thePreparationSectionShowsTheRowsTheRecipeReadAndKeptAndLeavesWithItsLastStep() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(Path.of("sample-data/planted-truth.json").toFile())
                .path("mess").path("orders.csv");
        workspace.load(List.of(ORDERS));
        PrepareViewModel prepare = new PrepareViewModel(workspace, executor, dialogs);
        PreparationReportProvider provider = new PreparationReportProvider(prepare);
        assertThat(provider.reportSection().getValue()).as("an empty recipe has nothing to report").isNull();

        prepare.add(RemoveDuplicates.on());
        String html = render(provider.reportSection().getValue()).html();

        NumberFormat numbers = NumberFormat.getIntegerInstance();
        assertThat(html).contains(figure("1", "report.prepare.steps"))
                .contains(figure(numbers.format(truth.path("rows_written").asInt()), "report.prepare.rowsIn"))
                .contains(figure(numbers.format(truth.path("unique_lines").asInt()), "report.prepare.rowsOut"));

        prepare.remove(0);

        assertThat(provider.reportSection().getValue()).isNull();
    }

    @Test
    void theRecommendSectionCountsTheCustomersAndItemsOfThePagesRun() {
        workspace.load(List.of(ORDERS));
        RecommendViewModel recommend = new RecommendViewModel(workspace, executor, dialogs);
        RecommendReportProvider provider = new RecommendReportProvider(recommend);
        if (recommend.runProperty().get() == null) {
            recommend.run();
        }
        RecommendRun run = recommend.runProperty().get();
        assertThat(run).as(recommend.problemProperty().get()).isNotNull();

        String html = render(provider.reportSection().getValue()).html();

        assertThat(html).contains(Messages.get("report.recommend.source", "orders.csv"))
                .contains(figure(String.format(Locale.ROOT, "%,d", run.result().interactions().userCount()),
                        "report.recommend.customers"))
                .contains(figure(String.format(Locale.ROOT, "%,d", run.result().interactions().itemCount()),
                        "report.recommend.items"));
    }
}
