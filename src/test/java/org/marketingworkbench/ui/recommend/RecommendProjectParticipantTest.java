package org.marketingworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.recommend.Holdout;
import org.marketingworkbench.recommend.Method;
import org.marketingworkbench.recommend.Similarity;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class RecommendProjectParticipantTest {
    @TempDir
    Path folder;

    @Test
    void theSettingsComeBackFromAProject() throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        Path file = folder.resolve("lines.csv");
        Files.writeString(file, String.join("\n", "customer_id,product_id,quantity,order_date",
                "A,p,1,2024-01-01", "A,q,2,2024-01-02", "B,p,2,2024-01-01", "B,r,1,2024-01-03",
                "C,q,1,2024-01-01", "C,r,2,2024-01-04"), StandardCharsets.UTF_8);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, new FakeDialogService());
        workspace.load(List.of(file));
        RecommendViewModel before = new RecommendViewModel(workspace, executor, new FakeDialogService());
        before.mapping().explicitProperty().set(true);
        RecommendSettings settings = before.settings();
        settings.similarityProperty().set(Similarity.JACCARD);
        settings.neighboursProperty().set(20);
        settings.topProperty().set(2);
        settings.decayProperty().set(true);
        settings.halfLifeDaysProperty().set(90);
        settings.holdoutProperty().set(Holdout.Kind.RANDOM);
        settings.seedProperty().set(7);
        before.lookup().customerProperty().set("B");

        Project saved = new RecommendProjectParticipant(before).saveInto(Project.create("Shop"));
        RecommendViewModel after = new RecommendViewModel(workspace, executor, new FakeDialogService());
        new RecommendProjectParticipant(after).restoreFrom(saved);

        assertThat(saved.page(Pages.RECOMMEND_PARAMETERS).orElseThrow().input()).isEqualTo("lines.csv");
        assertThat(after.mapping().explicitProperty().get()).isTrue();
        assertThat(after.settings().similarityProperty().get()).isEqualTo(Similarity.JACCARD);
        assertThat(after.settings().neighboursProperty().get()).isEqualTo(20);
        assertThat(after.settings().topProperty().get()).isEqualTo(2);
        assertThat(after.settings().halfLifeDaysProperty().get()).isEqualTo(90);
        assertThat(after.settings().holdoutProperty().get()).isEqualTo(Holdout.Kind.RANDOM);
        assertThat(after.settings().seedProperty().get()).isEqualTo(7);
        assertThat(after.settings().methodProperty().get()).isEqualTo(Method.BEHAVIOUR);
        assertThat(after.lookup().customerProperty().get()).isEqualTo("B");
        assertThat(after.runProperty().get().result().evaluation().holdout()).isEqualTo(Holdout.random(0.2, 7));
    }
}
