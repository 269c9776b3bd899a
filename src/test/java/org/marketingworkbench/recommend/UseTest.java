package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Decay, customer look-up, top items per segment and the CSV export, on the hand-worked case. */
class UseTest {

    private static Table handWorked() {
        Table table = Tables.quantities("A p 1", "A q 2", "B p 2", "B q 1", "B r 1", "C q 1", "C r 2", "C s 1",
                "D p 1", "D s 2", "D t 1");
        table.addColumns(StringColumn.create("segment", "loyal", "loyal", "loyal", "loyal", "loyal", "new", "new",
                "new", "loyal", "loyal", "loyal"));
        return table;
    }

    private static ItemBasedModel model() {
        Interactions data = InteractionReader.read(handWorked(),
                InteractionColumns.of("customer", "item").withValue("quantity"), Progress.none());
        return ItemBasedModel.fit(data, RecommendParameters.defaults().withNeighbours(2).withTop(2), Progress.none());
    }

    /**
     * x bought 2024-01-01 (quantity 2), y 2024-01-11 (quantity 1), half-life 10 days.
     * As of the latest date (01-11): w(x) = 2 * 0.5^(10/10) = 1, w(y) = 1.
     * As of 2024-01-21: w(x) = 2 * 0.5^2 = 0.5, w(y) = 1 * 0.5 = 0.5. A later purchase never weighs more than its value.
     */
    @Test
    void weightsHalveEveryHalfLife() {
        Table table = Tables.quantities("A x 2", "A y 1");
        table.addColumns(DateColumn.create("date", List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 11))));
        Interactions data = InteractionReader.read(table,
                InteractionColumns.of("customer", "item").withValue("quantity").withDate("date"), Progress.none());

        float[] latest = CustomerWeights.of(data, RecommendParameters.defaults().withHalfLife(10, null));
        float[] later = CustomerWeights.of(data, RecommendParameters.defaults().withHalfLife(10,
                LocalDate.of(2024, 1, 21)));
        float[] earlier = CustomerWeights.of(data, RecommendParameters.defaults().withHalfLife(10,
                LocalDate.of(2023, 12, 1)));

        assertThat(latest).containsExactly(1f, 1f);
        assertThat(later).containsExactly(0.5f, 0.5f);
        assertThat(earlier).containsExactly(2f, 1f);
        assertThatThrownBy(() -> CustomerWeights.of(Tables.interactions("A x 1"),
                RecommendParameters.defaults().withHalfLife(10, null)))
                .isInstanceOf(BadInputException.class);
    }

    /** D (p=1, s=2, t=1) with k = 2: r = 2 * 0.4 via s = 0.8, q = 0.666667 via p (HandWorkedExampleTest). */
    @Test
    void lookingUpACustomerShowsHistoryAndReasons() {
        ItemBasedModel model = model();
        CustomerView view = CustomerLookup.of(model, model.recommendAll(Progress.none()), "D");

        assertThat(view.history()).extracting(CustomerView.Bought::item).containsExactly("s", "p", "t");
        assertThat(view.recommendations()).extracting(Explanation::name).containsExactly("r", "q");
        assertThat(view.recommendations().get(0).score()).isCloseTo(0.8, within(1e-6));
        assertThat(view.recommendations().get(0).because()).isEqualTo("s (100%)");
        assertThatThrownBy(() -> CustomerLookup.of(model, model.recommendAll(Progress.none()), "Z"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("\"Z\"");
    }

    /**
     * Lists (k = 2): A r,t; B t,s; C t,p; D r,q. Loyal = A, B, D: r 2, t 2, q 1, s 1; new = C: p 1, t 1.
     * Ties go to the item seen first in the data (p before t; r before t).
     */
    @Test
    void topItemsPerSegmentCountTheSegmentsCustomers() {
        ItemBasedModel model = model();
        List<SegmentItems> segments = SegmentTopItems.of(handWorked(), "customer", "segment",
                model.recommendAll(Progress.none()), 2);

        assertThat(segments).extracting(SegmentItems::segment).containsExactly("loyal", "new");
        SegmentItems loyal = segments.get(0);
        assertThat(loyal.customers()).isEqualTo(3);
        assertThat(loyal.items()).extracting(SegmentItems.Item::item).containsExactly("r", "t");
        assertThat(loyal.items().get(0).customers()).isEqualTo(2);
        assertThat(loyal.items().get(0).share()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(segments.get(1).items()).extracting(SegmentItems.Item::item).containsExactly("p", "t");
    }

    @Test
    void theExportHasOneRowPerRecommendationWithABomAndGuardedCells(@TempDir Path folder) throws Exception {
        Table table = Tables.quantities("A =cmd 1", "A q 2", "B =cmd 2", "B q 1", "B r 1", "C q 1", "C r 2");
        Interactions data = InteractionReader.read(table, InteractionColumns.of("customer", "item").withValue(
                "quantity"), Progress.none());
        ItemBasedModel model = ItemBasedModel.fit(data, RecommendParameters.defaults(), Progress.none());
        Path file = folder.resolve("recommendations.csv");

        RecommendCsv.writeRecommendations(file, model, model.recommendAll(Progress.none()), Progress.none());

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        // Items e (=cmd), q, r over A, B, C: e = (1,2,0), q = (2,1,1), r = (0,1,2); cos(e,q) = 4/sqrt 30 = 0.730297,
        // cos(e,r) = 2/5 = 0.4, cos(q,r) = 3/sqrt 30 = 0.547723.
        // A (e=1, q=2) gets r: 1 * 0.4 + 2 * 0.547723 = 1.495445, q 73%, e 27%.
        // C (q=1, r=2) gets e: 1 * 0.730297 + 2 * 0.4 = 1.530297, r 52%, q 48%; the cell is guarded by a quote.
        // B has every item, so gets nothing.
        assertThat(lines).containsExactly("customer,rank,item,score,because", "A,1,r,1.49545,q (73%); =cmd (27%)",
                "C,1,'=cmd,1.5303,r (52%); q (48%)");
        assertThat(RecommendCsv.cell("cream cheese ")).isEqualTo("\"cream cheese \"");
        assertThat(RecommendCsv.cell("a,b")).isEqualTo("\"a,b\"");
    }
}
