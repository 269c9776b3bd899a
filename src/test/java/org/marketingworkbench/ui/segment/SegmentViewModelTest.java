package org.marketingworkbench.ui.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SegmentViewModelTest {
    @TempDir
    Path folder;

    private WorkspaceViewModel workspace;
    private FakeDialogService dialogs;
    private SegmentViewModel model;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        dialogs = new FakeDialogService();
        workspace = new WorkspaceViewModel(executor, dialogs);
        model = new SegmentViewModel(workspace, executor, dialogs);
    }

    /**
     * Four planted groups of 40 customers around (visits, spend) = (2, 50), (2, 500), (12, 50) and
     * (12, 500), spread 0.5 visits and 10 spend: every group lies over 15 spreads from the next,
     * so k-means with k = 4 finds exactly the planted groups. Ids run 1001, 1002, ...
     */
    private Path blobs(boolean withGap) throws IOException {
        double[][] centres = {{2, 50}, {2, 500}, {12, 50}, {12, 500}};
        Random random = new Random(7);
        List<String> lines = new ArrayList<>(List.of("customer_id,visits,spend"));
        for (int row = 0; row < 160; row++) {
            double[] centre = centres[row % 4];
            String visits = withGap && row == 5 ? "" : String.format(Locale.ROOT, "%.3f",
                    centre[0] + 0.5 * random.nextGaussian());
            lines.add((1001 + row) + "," + visits + ","
                    + String.format(Locale.ROOT, "%.2f", centre[1] + 10 * random.nextGaussian()));
        }
        Path file = folder.resolve("blobs.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutATableThePageSaysWhatToOpen() {
        assertThat(model.input().selectedProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("Open a customer table");
    }

    @Test
    void aSmallTableIsSweptAtOnceAndSegmentedAtTheSuggestedK() throws IOException {
        workspace.load(List.of(blobs(false)));

        assertThat(model.sweepProperty().get().suggestedK()).isEqualTo(4);
        assertThat(model.setup().kProperty().get()).isEqualTo(4);
        SegmentationResult result = model.resultProperty().get();
        assertThat(result.k()).isEqualTo(4);
        assertThat(result.sizes()).containsExactly(40, 40, 40, 40);
        assertThat(model.cards()).hasSize(4);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.staleProperty().get()).isFalse();
    }

    @Test
    void theIdIsNotAFeatureByDefaultAndTheSpendIsTheMoneyColumn() throws IOException {
        workspace.load(List.of(blobs(false)));

        assertThat(model.setup().features()).extracting(FeatureChoice::column, FeatureChoice::isSelected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customer_id", false),
                        org.assertj.core.groups.Tuple.tuple("visits", true),
                        org.assertj.core.groups.Tuple.tuple("spend", true));
        assertThat(model.setup().features().get(0).note()).isEqualTo("identifier");
        assertThat(model.setup().moneyColumnProperty().get()).isEqualTo("spend");
        // every segment's share of the spend is there, and the shares add up to the whole
        double total = model.resultProperty().get().profiles().stream()
                .mapToDouble(profile -> profile.revenueShare().orElseThrow()).sum();
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void personalDataIsNotChosenAndCategoriesAreOffered() {
        Table table = Table.create("people", DoubleColumn.create("income", 10, 25, 30, 42, 55, 61),
                DoubleColumn.create("phone", 13800000001d, 13800000002d, 13800000007d, 13800000004d, 13800000005d,
                        13800000003d),
                DoubleColumn.create("age", 30, 40, 50, 20, 30, 60),
                StringColumn.create("city", "Beijing", "Shanghai", "Beijing", "Shenzhen", "Beijing", "Shanghai"));
        workspace.publish(new InputTable("people", false, table, Map.of("phone", ColumnRole.PERSONAL)));

        assertThat(model.setup().features()).extracting(FeatureChoice::column, FeatureChoice::isSelected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("income", true),
                        org.assertj.core.groups.Tuple.tuple("phone", false),
                        org.assertj.core.groups.Tuple.tuple("age", true),
                        org.assertj.core.groups.Tuple.tuple("city", false));
        assertThat(model.setup().features().get(1).note()).isEqualTo("personal data");
        assertThat(model.setup().features().get(3).kind()).isEqualTo(FeatureChoice.Kind.CATEGORY);
        assertThat(model.setup().features().get(3).note()).isEqualTo("3 values");
    }

    @Test
    void runSegmentsWithTheChosenK() throws IOException {
        workspace.load(List.of(blobs(false)));

        model.setup().kProperty().set(2);
        assertThat(model.staleProperty().get()).isTrue();
        model.run();

        assertThat(model.resultProperty().get().k()).isEqualTo(2);
        assertThat(model.cards()).hasSize(2);
        assertThat(model.staleProperty().get()).isFalse();
        assertThat(model.sweepProperty().get()).as("the sweep stays to choose from").isNotNull();
    }

    @Test
    void takingAKFromTheSweepRunsIt() throws IOException {
        workspace.load(List.of(blobs(false)));

        model.runK(3);

        assertThat(model.setup().kProperty().get()).isEqualTo(3);
        assertThat(model.resultProperty().get().k()).isEqualTo(3);
    }

    @Test
    void missingValuesStopTheRunAndThePageAsks() throws IOException {
        workspace.load(List.of(blobs(true)));

        assertThat(model.setup().missingRowsProperty().get()).isEqualTo(1);
        assertThat(model.setup().missingColumnsProperty().get()).isEqualTo("visits");
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.missingQuestionProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).contains("1 row has missing values in visits");

        model.answerMissing(MissingValues.DROP);

        SegmentationResult result = model.resultProperty().get();
        assertThat(model.missingQuestionProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(result.clustering().size()).isEqualTo(159);
        assertThat(result.segmentColumn()[5]).isEqualTo(-1);
        assertThat(result.notices()).extracting(notice -> notice.text())
                .contains("1 row with missing values was left out.");
    }

    @Test
    void fillingMissingValuesKeepsEveryRow() throws IOException {
        workspace.load(List.of(blobs(true)));

        model.answerMissing(MissingValues.MEAN);

        assertThat(model.resultProperty().get().clustering().size()).isEqualTo(160);
        assertThat(model.resultProperty().get().notices()).extracting(notice -> notice.text())
                .contains("1 missing value was filled with the column mean.");
    }

    @Test
    void namesAreEditableAndUsedInThePublishedColumn() throws IOException {
        workspace.load(List.of(blobs(false)));
        SegmentationResult before = model.resultProperty().get();

        model.rename(0, "  Loyal big spenders ");
        model.addSegmentColumn();

        assertThat(model.resultProperty().get().name(0)).isEqualTo("Loyal big spenders");
        assertThat(model.resultProperty().get().name(1)).isEqualTo("Segment 2");
        assertThat(model.segmentNames()).containsExactly(Map.entry("1", "Loyal big spenders"));
        InputTable published = workspace.inputs().stream()
                .filter(input -> input.label().equals("blobs.csv + segments")).findFirst().orElseThrow();
        StringColumn segment = published.table().stringColumn("segment");
        int[] labels = before.segmentColumn();
        for (int row = 0; row < labels.length; row++) {
            assertThat(segment.get(row)).isEqualTo(labels[row] == 0 ? "Loyal big spenders" : "Segment " + (labels[row] + 1));
        }
        assertThat(published.table().columnNames()).containsExactly("customer_id", "visits", "spend", "segment");
        assertThat(model.use().publishedProperty().get()).isEqualTo("blobs.csv + segments");
        assertThat(model.input().selectedProperty().get().label()).as("the page keeps its input").isEqualTo("blobs.csv");
        assertThat(model.resultProperty().get()).as("publishing keeps the result").isNotNull();
    }

    @Test
    void namingFromDescriptionsUsesTheWords() throws IOException {
        workspace.load(List.of(blobs(false)));

        model.nameFromDescriptions();

        SegmentationResult result = model.resultProperty().get();
        for (int segment = 0; segment < result.k(); segment++) {
            assertThat(result.name(segment)).isEqualTo(result.profiles().get(segment).description());
        }
    }

    @Test
    void badSetupsAreShownAsProblemsAndKeepTheResult() throws IOException {
        workspace.load(List.of(blobs(false)));
        SegmentationResult before = model.resultProperty().get();

        model.setup().features().forEach(choice -> choice.setSelected(false));
        model.run();
        assertThat(model.problemProperty().get()).startsWith("No features are chosen.");
        assertThat(model.resultProperty().get()).isSameAs(before);

        model.setup().features().get(1).setSelected(true);
        model.setup().kProperty().set(500);
        model.run();
        assertThat(model.problemProperty().get()).contains("500 segments were asked for");
        assertThat(model.resultProperty().get()).isSameAs(before);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void exportsHoldOneAssignmentPerRowAndOneProfileLinePerSegmentAndFeature() throws IOException {
        workspace.load(List.of(blobs(false)));

        Table assignments = model.exports().assignments();
        assertThat(assignments.columnNames()).containsExactly("customer_id", "segment", "segment_name", "distance");
        assertThat(assignments.rowCount()).isEqualTo(160);
        // 4 segments x 2 features
        assertThat(model.exports().profiles().rowCount()).isEqualTo(8);
        // k = 2..12
        assertThat(model.exports().sweep().rowCount()).isEqualTo(11);
    }
}
