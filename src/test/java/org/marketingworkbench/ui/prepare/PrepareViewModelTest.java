package org.marketingworkbench.ui.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.prepare.StepReport;
import org.marketingworkbench.prepare.steps.AggregateCustomers;
import org.marketingworkbench.prepare.steps.DropColumns;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.prepare.steps.RfmScores;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import tech.tablesaw.api.Table;

/** The Prepare page's state on the sample shop's order lines, without a window. */
class PrepareViewModelTest {
    private static final Path ORDERS = Path.of("sample-data", "orders.csv");
    private static JsonNode orderTruth;
    /** RFM of three customers from pandas: src/test/resources/peers/prepare_page_rfm.py made this file. */
    private static Table peer;

    private WorkspaceViewModel workspace;
    private PrepareViewModel model;

    @BeforeAll
    static void readReferences() throws IOException {
        orderTruth = new ObjectMapper().readTree(Path.of("sample-data", "planted-truth.json").toFile())
                .path("mess").path("orders.csv");
        peer = Table.read().csv(Path.of("src/test/resources/peers/prepare_page_rfm.csv").toFile());
    }

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        workspace = new WorkspaceViewModel(executor, new FakeDialogService());
        model = new PrepareViewModel(workspace, executor, new FakeDialogService());
    }

    private void openOrders() {
        workspace.load(List.of(ORDERS));
    }

    /** Duplicates out, order lines to customers as of the truth's reference date, RFM scores. */
    private void addRfmRecipe() {
        model.add(RemoveDuplicates.on());
        model.add(AggregateCustomers.of("customer_id", "order_id", "order_date", "line_amount",
                LocalDate.parse("2026-06-30")));
        model.add(RfmScores.standard());
    }

    private int rowOf(Table table, String customer) {
        return table.stringColumn("customer_id").indexOf(customer);
    }

    @Test
    void withoutDataThePageSaysWhatToOpen() {
        assertThat(model.problemProperty().get()).contains("Open a data file");
        assertThat(model.recipeProperty().get().input()).isNull();
    }

    @Test
    void theFirstOpenFileIsTheInputAndAnEmptyRecipePublishesNothing() {
        openOrders();

        assertThat(model.recipeProperty().get().input()).isEqualTo("orders.csv");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.resultProperty().get().table().rowCount()).isEqualTo(orderTruth.path("rows_written").asInt());
        assertThat(workspace.preparedProperty().get()).isNull();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void removingDuplicatesShowsThePlantedCopiesAndPublishesThePreparedTable() {
        openOrders();

        model.add(RemoveDuplicates.on());

        StepReport report = model.items().get(0).report();
        assertThat(report.rowsIn()).isEqualTo(orderTruth.path("rows_written").asInt());
        assertThat(report.rowsOut()).isEqualTo(orderTruth.path("unique_lines").asInt());
        assertThat(model.selectedIndexProperty().get()).isZero();
        assertThat(model.affectedRowsProperty().get().rowCount()).isEqualTo(orderTruth.path("exact_duplicate_rows").asInt());
        assertThat(workspace.preparedProperty().get().prepared()).isTrue();
        assertThat(workspace.preparedProperty().get().table().rowCount()).isEqualTo(orderTruth.path("unique_lines").asInt());
        assertThat(workspace.inputs().get(0)).isSameAs(workspace.preparedProperty().get());
    }

    @Test
    void ordersBecomeCustomersWithTheRfmPandasComputes() {
        openOrders();

        addRfmRecipe();

        Table customers = model.resultProperty().get().table();
        assertThat(customers.rowCount()).isEqualTo(peer.intColumn("customers").get(0));
        for (int i = 0; i < peer.rowCount(); i++) {
            String customer = peer.stringColumn("customer_id").get(i);
            int row = rowOf(customers, customer);
            assertThat(customers.numberColumn("recency").getDouble(row)).as(customer)
                    .isEqualTo(peer.numberColumn("recency").getDouble(i));
            assertThat(customers.numberColumn("frequency").getDouble(row)).as(customer)
                    .isEqualTo(peer.numberColumn("frequency").getDouble(i));
            assertThat(customers.numberColumn("monetary").getDouble(row)).as(customer)
                    .isCloseTo(peer.numberColumn("monetary").getDouble(i), within(0.005));
            for (String score : List.of("r_score", "f_score", "m_score")) {
                assertThat(customers.intColumn(score).get(row)).as(customer + " " + score)
                        .isEqualTo(peer.intColumn(score).get(i));
            }
        }
        // C00091 scores R1 F3 M4, so FM = (3 + 4 + 1) / 2 = 4: "Can't lose them" by the rule table
        assertThat(customers.stringColumn("rfm_segment").get(rowOf(customers, "C00091"))).isEqualTo("Can't lose them");
        long[] perRule = model.ruleCounts();
        assertThat(java.util.Arrays.stream(perRule).sum()).isEqualTo(customers.rowCount());
        // "At risk" has two rules (rows 7 and 8 of the rule table); together they hold every customer so named
        assertThat(perRule[7] + perRule[8]).isEqualTo(customers.stringColumn("rfm_segment").isEqualTo("At risk").size());
        assertThat(model.columnsBefore(2)).contains("recency", "frequency", "monetary").doesNotContain("order_id");
    }

    @Test
    void undoAndRedoWalkThroughTheEdits() {
        openOrders();
        addRfmRecipe();

        model.undo();

        assertThat(model.items()).hasSize(2);
        assertThat(model.resultProperty().get().table().columnNames()).doesNotContain("rfm_segment");
        assertThat(model.canRedoProperty().get()).isTrue();
        model.redo();
        assertThat(model.items()).hasSize(3);
        assertThat(model.resultProperty().get().table().columnNames()).contains("rfm_segment");
        model.undo();
        model.undo();
        model.undo();
        assertThat(model.items()).isEmpty();
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(workspace.preparedProperty().get()).isNull();
    }

    @Test
    void aStepSwitchedOffIsSkippedAndMovingItKeepsItSelected() {
        openOrders();
        model.add(RemoveDuplicates.on());
        model.add(DropColumns.of("product_name"));

        model.setEnabled(0, false);
        model.move(1, -1);

        assertThat(model.items().get(1).report().applied()).isFalse();
        assertThat(model.items().get(0).step()).isEqualTo(DropColumns.of("product_name"));
        assertThat(model.selectedIndexProperty().get()).isZero();
        assertThat(model.resultProperty().get().table().rowCount()).isEqualTo(orderTruth.path("rows_written").asInt());
        model.remove(0);
        assertThat(model.items()).hasSize(1);
        assertThat(model.resultProperty().get().table().columnNames()).contains("product_name");
    }

    @Test
    void aStepThatCannotRunIsMarkedAndNothingIsPublished() {
        openOrders();
        model.add(RemoveDuplicates.on());

        model.add(DropColumns.of("no_such_column"));

        assertThat(model.problemProperty().get()).contains("Step 2").contains("no_such_column");
        assertThat(model.items().get(1).failed()).isTrue();
        assertThat(model.resultProperty().get()).isNull();
        assertThat(workspace.preparedProperty().get()).isNull();
    }
}
