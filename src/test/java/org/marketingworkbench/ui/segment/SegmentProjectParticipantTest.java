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
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.SegmentParameters;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.Scaling;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class SegmentProjectParticipantTest {
    @TempDir
    Path folder;

    private Path customers;

    @BeforeEach
    void setUp() throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        customers = threeGroups();
    }

    /**
     * Three planted groups of 30 customers around (visits, spend) = (2, 50), (12, 50), (7, 600), spread
     * 0.5 visits and 10 spend, with an age column around 40 that separates nothing.
     */
    private Path threeGroups() throws IOException {
        double[][] centres = {{2, 50}, {12, 50}, {7, 600}};
        Random random = new Random(11);
        List<String> lines = new ArrayList<>(List.of("customer_id,visits,spend,age"));
        for (int row = 0; row < 90; row++) {
            double[] centre = centres[row % 3];
            lines.add(String.format(Locale.ROOT, "%d,%.3f,%.2f,%.0f", 501 + row, centre[0] + 0.5 * random.nextGaussian(),
                    centre[1] + 10 * random.nextGaussian(), 40 + 8 * random.nextGaussian()));
        }
        Path file = folder.resolve("customers.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static SegmentViewModel page(WorkspaceViewModel workspace) {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        return new SegmentViewModel(workspace, executor, new FakeDialogService());
    }

    private static WorkspaceViewModel workspace() {
        return new WorkspaceViewModel(new SameThreadTaskExecutor(), new FakeDialogService());
    }

    @Test
    void aPageThatSegmentedNothingLeavesTheProjectAsItWas() {
        SegmentViewModel model = page(workspace());
        Project project = Project.create("empty");

        assertThat(new SegmentProjectParticipant(model).saveInto(project)).isSameAs(project);
    }

    @Test
    void theProjectKeepsTheSegmentationShownAndTheNamesGiven() throws IOException {
        WorkspaceViewModel workspace = workspace();
        workspace.load(List.of(customers));
        SegmentViewModel model = page(workspace);
        model.setup().features().stream().filter(choice -> choice.column().equals("age"))
                .forEach(choice -> choice.setSelected(false));
        model.setup().seedProperty().set(9);
        model.setup().scalingProperty().set(Scaling.MINMAX);
        model.runK(3);
        model.rename(1, "Frequent visitors");

        Project saved = new SegmentProjectParticipant(model).saveInto(Project.create("spring"));

        SegmentParameters parameters = saved.page(Pages.SEGMENT_PARAMETERS).orElseThrow();
        assertThat(parameters.input()).isEqualTo("customers.csv");
        assertThat(parameters.numeric()).containsExactly("visits", "spend");
        assertThat(parameters.categories()).isEmpty();
        assertThat(parameters.scaling()).isEqualTo("minmax");
        assertThat(parameters.missing()).isEqualTo("ask");
        assertThat(parameters.k()).isEqualTo(3);
        assertThat(parameters.seed()).isEqualTo(9L);
        assertThat(parameters.fromK()).isEqualTo(2);
        assertThat(parameters.toK()).isEqualTo(12);
        assertThat(parameters.money()).isEqualTo("spend");
        assertThat(saved.segmentNames()).containsExactly(Map.entry("2", "Frequent visitors"));
    }

    @Test
    void aReopenedProjectShowsTheSameSegmentsWithTheirNames() throws IOException {
        WorkspaceViewModel before = workspace();
        before.load(List.of(customers));
        SegmentViewModel first = page(before);
        first.setup().seedProperty().set(9);
        first.runK(3);
        first.rename(0, "Big spenders");
        Path file = folder.resolve("p.mwb.json");
        new ProjectStore().write(new SegmentProjectParticipant(first).saveInto(Project.create("spring")), file);
        SegmentationResult shown = first.resultProperty().get();

        WorkspaceViewModel after = workspace();
        after.load(List.of(customers));
        SegmentViewModel second = page(after);
        new SegmentProjectParticipant(second).restoreFrom(new ProjectStore().read(file));

        SegmentationResult restored = second.resultProperty().get();
        // the same data, features, k and seed give the same segments (k-means is seeded)
        assertThat(restored.k()).isEqualTo(3);
        // the three planted groups of 30, over 10 spreads apart
        assertThat(restored.sizes()).containsExactly(30, 30, 30);
        assertThat(restored.sizes()).containsExactly(shown.sizes());
        assertThat(restored.inertia()).isEqualTo(shown.inertia());
        assertThat(restored.segmentColumn()).containsExactly(shown.segmentColumn());
        assertThat(restored.name(0)).isEqualTo("Big spenders");
        assertThat(second.cards().get(0).nameProperty().get()).isEqualTo("Big spenders");
        assertThat(second.setup().kProperty().get()).isEqualTo(3);
        assertThat(second.setup().seedProperty().get()).isEqualTo(9);
        assertThat(second.staleProperty().get()).isFalse();
    }

    @Test
    void aProjectNamingAnInputThatIsNotOpenSaysSo() {
        SegmentViewModel model = page(workspace());
        SegmentParameters stored = new SegmentParameters("orders.csv", List.of("visits", "spend"), List.of(), null,
                MissingValues.DROP.id(), 3, null, null, 9L, null, null);

        new SegmentProjectParticipant(model).restoreFrom(Project.create("p").withPage(Pages.SEGMENT_PARAMETERS, stored));

        assertThat(model.problemProperty().get()).isEqualTo("The project's Segments page reads orders.csv, which is not open.");
        assertThat(model.resultProperty().get()).isNull();
    }
}
