package org.marketingworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.recommend.EvaluationResult;
import org.marketingworkbench.recommend.Explanation;
import org.marketingworkbench.recommend.Method;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class RecommendViewModelTest {
    @TempDir
    Path folder;

    private WorkspaceViewModel workspace;
    private FakeDialogService dialogs;
    private RecommendViewModel model;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        dialogs = new FakeDialogService();
        workspace = new WorkspaceViewModel(executor, dialogs);
        model = new RecommendViewModel(workspace, executor, dialogs);
    }

    /**
     * The 4 x 5 example of recommend/HandWorkedExampleTest with quantities as values:
     * A: p=1 q=2, B: p=2 q=1 r=1, C: q=1 r=2 s=1, D: p=1 s=2 t=1 (each customer's last line dated later).
     */
    private Path handExample() throws IOException {
        Path file = folder.resolve("lines.csv");
        Files.writeString(file, String.join("\n", "customer_id,product_id,quantity,order_date",
                "A,p,1,2024-01-01", "A,q,2,2024-01-02",
                "B,p,2,2024-01-01", "B,q,1,2024-01-01", "B,r,1,2024-01-03",
                "C,q,1,2024-01-01", "C,r,2,2024-01-01", "C,s,1,2024-01-04",
                "D,p,1,2024-01-01", "D,s,2,2024-01-01", "D,t,1,2024-01-05"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutInteractionsThePageSaysWhatToOpen() {
        assertThat(model.runProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("orders.csv");
    }

    @Test
    void columnsAreGuessedFromTheHeaders() throws IOException {
        workspace.load(List.of(handExample()));

        assertThat(model.mapping().userProperty().get()).isEqualTo("customer_id");
        assertThat(model.mapping().itemProperty().get()).isEqualTo("product_id");
        assertThat(model.mapping().valueProperty().get()).isEqualTo("quantity");
        assertThat(model.mapping().dateProperty().get()).isEqualTo("order_date");
        assertThat(model.mapping().explicitProperty().get()).isFalse();
    }

    /**
     * Explicit values, all neighbours kept (k = 4), N = 2. Cosines of HandWorkedExampleTest:
     * p.r = 2/sqrt(30) = 0.365148, q.r = 3/sqrt(30) = 0.547723, p.s = 0.365148, q.s = 1/sqrt(30) = 0.182574,
     * p.t = 1/sqrt(6) = 0.408248, q.t = 0. Customer A (p=1, q=2):
     * R(A, r) = 1 * 0.365148 + 2 * 0.547723 = 8 / sqrt(30) = 1.460593, shares q 1.095445 / 1.460593 = 75%, p 25%;
     * R(A, s) = 1 * 0.365148 + 2 * 0.182574 = 4 / sqrt(30) = 0.730297, shares p 50%, q 50%;
     * R(A, t) = 0.408248 comes third, so it is not among the two.
     */
    @Test
    void theCustomerLookupShowsTheHandWorkedScoresAndReasons() throws IOException {
        workspace.load(List.of(handExample()));
        model.mapping().explicitProperty().set(true);
        model.settings().neighboursProperty().set(4);
        model.settings().topProperty().set(2);
        model.run();

        model.lookup().customerProperty().set("A");

        assertThat(model.lookup().history()).extracting(bought -> bought.item()).containsExactly("q", "p");
        List<Explanation> shown = model.lookup().recommendations();
        assertThat(shown).extracting(Explanation::name).containsExactly("r", "s");
        assertThat(shown.get(0).score()).isCloseTo(8 / Math.sqrt(30), within(1e-6));
        assertThat(shown.get(0).reasons().get(0).name()).isEqualTo("q");
        assertThat(shown.get(0).reasons().get(0).share()).isCloseTo(0.75, within(1e-6));
        assertThat(shown.get(0).sentence()).isEqualTo("Because you bought q (75%) and p (25%)");
        assertThat(shown.get(1).score()).isCloseTo(4 / Math.sqrt(30), within(1e-6));
        assertThat(shown.get(1).reasons()).extracting(reason -> reason.share()).containsExactly(0.5, 0.5);
    }

    @Test
    void changedSettingsWaitForRunThenApply() throws IOException {
        workspace.load(List.of(handExample()));
        assertThat(model.runProperty().get().result().evaluation().top()).isEqualTo(10);

        model.settings().topProperty().set(3);
        assertThat(model.staleProperty().get()).isTrue();
        model.run();

        assertThat(model.staleProperty().get()).isFalse();
        assertThat(model.runProperty().get().result().evaluation().top()).isEqualTo(3);
    }

    @Test
    void contentWithoutAnItemTableAsksForOne() throws IOException {
        workspace.load(List.of(handExample()));
        model.settings().methodProperty().set(Method.CONTENT);

        model.run();

        assertThat(model.problemProperty().get()).contains("item table");
    }

    /**
     * sample-data/orders.csv: the planted associations (planted-truth.json) let behaviour beat the
     * bestsellers. The cart event log, opened first, is passed over for the order lines.
     */
    @Test
    void onTheSampleShopBehaviourBeatsPopularityAndSegmentsComeFromTheCustomerTable() {
        workspace.load(List.of(Path.of("sample-data/cart_events.csv"), Path.of("sample-data/orders.csv"),
                Path.of("sample-data/products.csv"), Path.of("sample-data/customers.csv")));

        EvaluationResult evaluation = model.runProperty().get().result().evaluation();
        assertThat(model.input().selectedProperty().get().label()).isEqualTo("orders.csv");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(evaluation.holdout().id()).isEqualTo("last");
        assertThat(evaluation.model().precisionAtN()).isGreaterThan(evaluation.popularity().precisionAtN());
        assertThat(evaluation.model().recallAtN()).isGreaterThan(evaluation.popularity().recallAtN());
        assertThat(evaluation.popularity().hitRate()).isGreaterThan(evaluation.random().hitRate());
        assertThat(model.attributes().selectedProperty().get().label()).isEqualTo("products.csv");
        assertThat(model.segments().selectedProperty().get().label()).isEqualTo("customers.csv");
        assertThat(model.segmentColumnProperty().get()).isEqualTo("city_tier");
        assertThat(model.segmentItems()).isNotEmpty();
    }

    @Test
    void theHybridOnTheSampleShopUsesTheProductAttributes() {
        workspace.load(List.of(Path.of("sample-data/orders.csv"), Path.of("sample-data/products.csv")));
        model.settings().methodProperty().set(Method.HYBRID);

        model.run();

        assertThat(model.attributeColumns().orElseThrow().categories()).contains("category", "brand");
        assertThat(model.attributeColumns().orElseThrow().tags()).contains("tags");
        EvaluationResult evaluation = model.runProperty().get().result().evaluation();
        assertThat(evaluation.model().recallAtN()).isGreaterThan(evaluation.popularity().recallAtN());
    }

    @Test
    void exportWritesOneRowPerRecommendation() throws IOException {
        workspace.load(List.of(handExample()));
        Path target = folder.resolve("out.csv");
        dialogs.filesToSave.add(target);

        model.exportRecommendations();

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFcustomer,rank,item,score,because");
        assertThat(lines).hasSize(1 + model.runProperty().get().result().recommendations().total());
        assertThat(dialogs.notices).hasSize(1);
    }
}
