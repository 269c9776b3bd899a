package org.marketingworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.explore.BoxStats;
import org.marketingworkbench.explore.ColumnSummary;
import org.marketingworkbench.explore.CorrelationMatrix;
import org.marketingworkbench.explore.Correlations;
import org.marketingworkbench.explore.PivotResult;
import org.marketingworkbench.explore.PivotSpec.Aggregate;
import org.marketingworkbench.explore.PivotSpec.Percent;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The Explore page over sample-data/customers.csv. Every expected figure was computed
 * independently by pandas / NumPy / matplotlib (peers/explore-page/explore_page_peer.py), read
 * through {@link PeerFigures}.
 */
class ExploreViewModelTest {
    private static final Path CUSTOMERS = Path.of("sample-data/customers.csv");

    private SameThreadTaskExecutor executor;
    private FakeDialogService dialogs;
    private WorkspaceViewModel workspace;
    private ExploreViewModel model;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        executor = new SameThreadTaskExecutor();
        dialogs = new FakeDialogService();
        workspace = new WorkspaceViewModel(executor, dialogs);
        model = new ExploreViewModel(workspace, executor, dialogs);
    }

    @Test
    void withoutDataThePageSaysWhatToOpen() {
        assertThat(model.summaryProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("Open a data file");
        assertThat(model.distribution().resultProperty().get()).isNull();
    }

    @Test
    void thePageStartsOnAMeasureAndASmallCrossTab() {
        workspace.load(List.of(CUSTOMERS));

        // income has hundreds of values, city_tier four and purchased_after_campaign two; phone is personal
        assertThat(model.distribution().columnProperty().get()).isEqualTo("income");
        assertThat(model.distribution().resultProperty().get().numeric()).isTrue();
        // gender is the first category (customer_id is an id, name personal); the platforms are five
        assertThat(model.pivot().rowsProperty().get()).isEqualTo("gender");
        assertThat(model.pivot().columnsProperty().get()).isEqualTo("preferred_platform");
    }

    @Test
    void theStatisticsOfEveryColumnMatchPandasDescribe() {
        workspace.load(List.of(CUSTOMERS));

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get().columns()).hasSize(model.columns().size());
        ColumnSummary income = model.summaryProperty().get().column("income");
        assertThat(income.count()).isEqualTo((long) PeerFigures.number("income.count"));
        assertThat(income.missing()).isEqualTo((long) PeerFigures.number("income.missing"));
        assertThat(income.distinct()).isEqualTo((long) PeerFigures.number("income.distinct"));
        assertThat(income.mean()).isCloseTo(PeerFigures.number("income.mean"), within(1e-6));
        assertThat(income.std()).isCloseTo(PeerFigures.number("income.std"), within(1e-6));
        assertThat(income.min()).isEqualTo(PeerFigures.number("income.min"));
        assertThat(income.q1()).isEqualTo(PeerFigures.number("income.25%"));
        assertThat(income.median()).isEqualTo(PeerFigures.number("income.50%"));
        assertThat(income.q3()).isEqualTo(PeerFigures.number("income.75%"));
        assertThat(income.max()).isEqualTo(PeerFigures.number("income.max"));
        assertThat(income.skew()).isCloseTo(PeerFigures.number("income.skew"), within(1e-9));
        ColumnSummary gender = model.summaryProperty().get().column("gender");
        assertThat(gender.top()).isEqualTo(PeerFigures.text("gender.top"));
        assertThat(gender.topCount()).isEqualTo((long) PeerFigures.number("gender.freq"));
        assertThat(gender.missing()).isEqualTo((long) PeerFigures.number("gender.missing"));
    }

    @Test
    void aNumberColumnGetsTheHistogramNumPyDrawsWithTheChosenBins() {
        workspace.load(List.of(CUSTOMERS));

        model.distribution().columnProperty().set("income");
        model.distribution().binsProperty().set(10);

        Distribution result = model.distribution().resultProperty().get();
        assertThat(result.numeric()).isTrue();
        for (int bin = 0; bin < 10; bin++) {
            assertThat(result.histogram().counts().get(bin)).as("bin " + bin)
                    .isEqualTo((long) PeerFigures.number("histogram." + bin));
        }
        assertThat(result.histogram().edges().get(0)).isEqualTo(PeerFigures.number("histogram.first_edge"));
        assertThat(result.histogram().edges().get(10)).isEqualTo(PeerFigures.number("histogram.last_edge"));
        assertThat(result.boxes()).hasSize(1);
    }

    @Test
    void splittingANumberColumnGivesMatplotlibsBoxPerGroup() {
        workspace.load(List.of(CUSTOMERS));

        model.distribution().columnProperty().set("income");
        model.distribution().splitByProperty().set("gender");

        BoxStats women = model.distribution().resultProperty().get().boxes().stream()
                .filter(box -> box.group().equals("女")).findFirst().orElseThrow();
        assertThat(women.median()).isEqualTo(PeerFigures.number("box.女.med"));
        assertThat(women.q1()).isEqualTo(PeerFigures.number("box.女.q1"));
        assertThat(women.q3()).isEqualTo(PeerFigures.number("box.女.q3"));
        assertThat(women.lowerWhisker()).isEqualTo(PeerFigures.number("box.女.whislo"));
        assertThat(women.upperWhisker()).isEqualTo(PeerFigures.number("box.女.whishi"));
        assertThat(women.mean()).isCloseTo(PeerFigures.number("box.女.mean"), within(1e-6));
        assertThat(women.outlierCount()).isEqualTo((long) PeerFigures.number("box.女.outliers"));
    }

    @Test
    void aCategoryColumnGetsItsValueCountsAndWithASplitACountPlot() {
        workspace.load(List.of(CUSTOMERS));

        model.distribution().columnProperty().set("gender");
        Distribution values = model.distribution().resultProperty().get();
        assertThat(values.numeric()).isFalse();
        assertThat(values.values().values().get(0)).isEqualTo(PeerFigures.text("gender.top"));
        assertThat(values.values().counts().get(0)).isEqualTo((long) PeerFigures.number("gender.freq"));

        model.distribution().splitByProperty().set("education");
        PivotResult byHue = model.distribution().resultProperty().get().byHue();
        assertThat(byHue.cells().value("女", "本科")).isEqualTo(PeerFigures.number("crosstab.女.本科"));
    }

    @Test
    void theCrossTabCountsAndRowPercentagesMatchPandasCrosstab() {
        workspace.load(List.of(CUSTOMERS));

        model.pivot().rowsProperty().set("gender");
        model.pivot().columnsProperty().set("education");
        model.pivot().aggregateProperty().set(Aggregate.COUNT);
        PivotResult counts = model.pivot().resultProperty().get();
        assertThat(counts.cells().value("女", "本科")).isEqualTo(PeerFigures.number("crosstab.女.本科"));
        assertThat(counts.cells().value("男", "硕士")).isEqualTo(PeerFigures.number("crosstab.男.硕士"));
        assertThat(counts.rowsUsed()).isEqualTo((long) PeerFigures.number("crosstab.rows_used"));

        model.pivot().percentProperty().set(Percent.ROW);
        assertThat(model.pivot().resultProperty().get().cells().value("女", "本科"))
                .isCloseTo(PeerFigures.number("rowpercent.女.本科"), within(1e-9));
    }

    @Test
    void theMeanOfAValuePerRowMatchesPandasGroupby() {
        workspace.load(List.of(CUSTOMERS));

        model.pivot().apply(new org.marketingworkbench.explore.PivotSpec("city_tier", "", "income", Aggregate.MEAN,
                Percent.NONE));

        PivotResult means = model.pivot().resultProperty().get();
        assertThat(means.rowTotals().get(means.cells().rowLabels().indexOf("1")))
                .isCloseTo(PeerFigures.number("mean_income.tier1"), within(1e-6));
        assertThat(means.rowTotals().get(means.cells().rowLabels().indexOf("3")))
                .isCloseTo(PeerFigures.number("mean_income.tier3"), within(1e-6));
    }

    @Test
    void percentagesOfMeansAreExplainedInsteadOfShown() {
        workspace.load(List.of(CUSTOMERS));

        model.pivot().aggregateProperty().set(Aggregate.MEAN);
        model.pivot().valueProperty().set("income");
        model.pivot().percentProperty().set(Percent.COLUMN);

        assertThat(model.pivot().resultProperty().get()).isNull();
        assertThat(model.pivot().problemProperty().get()).contains("Percentages of means mean nothing");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theCorrelationsMatchPandasPearsonAndSpearman() {
        workspace.load(List.of(CUSTOMERS));

        model.correlation().chooseExactly(List.of("city_tier", "income", "purchased_after_campaign"));
        CorrelationMatrix pearson = model.correlation().resultProperty().get();
        assertThat(pearson.between("income", "city_tier"))
                .isCloseTo(PeerFigures.number("pearson.income.city_tier"), within(1e-12));
        assertThat(pearson.between("income", "purchased_after_campaign"))
                .isCloseTo(PeerFigures.number("pearson.income.purchased"), within(1e-12));

        model.correlation().methodProperty().set(Correlations.Method.SPEARMAN);
        assertThat(model.correlation().resultProperty().get().between("income", "city_tier"))
                .isCloseTo(PeerFigures.number("spearman.income.city_tier"), within(1e-12));
    }

    @Test
    void fewerThanTwoCorrelationColumnsIsAProblemNotAnError() {
        workspace.load(List.of(CUSTOMERS));

        model.correlation().chooseExactly(List.of("income"));

        assertThat(model.correlation().resultProperty().get()).isNull();
        assertThat(model.correlation().problemProperty().get()).contains("at least two number columns");
    }

    @Test
    void theDefaultCorrelationLeavesOutIdsAndPersonalData() {
        workspace.load(List.of(CUSTOMERS));

        assertThat(model.correlation().columns()).contains("income", "city_tier").doesNotContain("phone");
        assertThat(model.correlation().resultProperty().get()).isNotNull();
    }
}
