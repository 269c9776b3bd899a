package org.marketingworkbench.ui.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.steps.DropColumns;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class PrepareProjectParticipantTest {

    @Test
    void aSavedRecipeComesBackAppliedWithAFreshHistory() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, new FakeDialogService());
        workspace.load(List.of(Path.of("sample-data", "orders.csv")));
        PrepareViewModel saved = new PrepareViewModel(workspace, executor, new FakeDialogService());
        saved.add(RemoveDuplicates.on());
        saved.add(DropColumns.of("product_name"));
        saved.setEnabled(1, false);

        Project project = new PrepareProjectParticipant(saved).saveInto(Project.create("Shop"));
        PrepareViewModel reopened = new PrepareViewModel(workspace, executor, new FakeDialogService());
        reopened.undo();
        new PrepareProjectParticipant(reopened).restoreFrom(project);

        assertThat(project.recipe().path("steps").get(0).path("type").asText()).isEqualTo("remove-duplicates");
        assertThat(reopened.recipeProperty().get()).isEqualTo(saved.recipeProperty().get());
        assertThat(reopened.items()).extracting(item -> item.report().rowsOut())
                .isEqualTo(saved.items().stream().map(item -> item.report().rowsOut()).toList());
        assertThat(reopened.canUndoProperty().get()).isFalse();
        assertThat(reopened.selectedItemProperty().get().index()).isEqualTo(1);
    }

    @Test
    void aProjectWithoutARecipeEmptiesTheRecipe() {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, new FakeDialogService());
        PrepareViewModel model = new PrepareViewModel(workspace, executor, new FakeDialogService());
        model.restore(Recipe.on("orders.csv").add(RemoveDuplicates.on()));

        new PrepareProjectParticipant(model).restoreFrom(Project.create("Empty"));

        assertThat(model.recipeProperty().get().steps()).isEmpty();
        assertThat(new PrepareProjectParticipant(model).saveInto(Project.create("Empty")).recipe().isNull()).isTrue();
    }
}
