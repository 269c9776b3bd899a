package org.marketingworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.project.RecoveryStore;
import org.marketingworkbench.ui.prepare.PrepareProjectParticipant;
import org.marketingworkbench.ui.prepare.PrepareViewModel;
import org.marketingworkbench.ui.segment.SegmentProjectParticipant;
import org.marketingworkbench.ui.segment.SegmentViewModel;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The sample project's Segments page reads the prepared data: on open it is recomputed on the recipe's
 * table, and the prepared table keeps the joined file's personal data.
 */
class PreparedPagesRestoreTest {
    private static final Path SAMPLE_PROJECT = Path.of("sample-data", "sample.mwb.json");

    @TempDir
    Path folder;

    @Test
    void segmentsOnThePreparedDataAreRecomputedOnceTheRecipeHasRun() throws IOException {
        FakeDialogService dialogs = new FakeDialogService();
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, dialogs);
        // as the window wires them, Prepare first. With the same-thread executor the recipe has run before
        // Segments restores; in the window it runs in the background and ProjectSession defers Segments
        // until the prepared table is published (checked by eye: docs/screenshots/segments-en.png)
        PrepareViewModel prepare = new PrepareViewModel(workspace, executor, dialogs);
        SegmentViewModel segments = new SegmentViewModel(workspace, executor, dialogs);
        var recommend = new org.marketingworkbench.ui.recommend.RecommendViewModel(workspace, executor, dialogs);
        ProjectSession projects = new ProjectSession(executor, dialogs, workspace, new RecoveryStore(folder));
        // Recommend restores before the recipe has run, as it does in the window: it names orders.csv, the
        // table the page had guessed already, and must keep it when the prepared table appears
        projects.addParticipant(new org.marketingworkbench.ui.recommend.RecommendProjectParticipant(recommend));
        projects.addParticipant(new PrepareProjectParticipant(prepare));
        projects.addParticipant(new SegmentProjectParticipant(segments));

        projects.open(SAMPLE_PROJECT);

        var pages = new ObjectMapper().readTree(SAMPLE_PROJECT.toFile()).path("pages");
        var stored = pages.path("segments");
        int customers = new ObjectMapper().readTree(SAMPLE_PROJECT.resolveSibling("planted-truth.json").toFile())
                .path("purchase_outcome").path("customers").asInt();
        assertThat(dialogs.errors).isEmpty();
        assertThat(segments.resultProperty().get()).isNotNull();
        assertThat(segments.problemProperty().get()).isEmpty();
        assertThat(segments.resultProperty().get().sizes()).hasSize(stored.path("k").asInt());
        assertThat(Arrays.stream(segments.resultProperty().get().sizes()).sum()).isEqualTo(customers);
        // the Recommend page reads the order lines, and stays on them when the prepared table appears
        assertThat(recommend.input().selectedProperty().get().label())
                .isEqualTo(pages.path("recommend").path("input").asText("?"));
        // phone and email come from the joined customers.csv, where they were found to be personal data
        assertThat(workspace.preparedProperty().get().roles()).containsEntry("phone", ColumnRole.PERSONAL)
                .containsEntry("email", ColumnRole.PERSONAL);
    }
}
