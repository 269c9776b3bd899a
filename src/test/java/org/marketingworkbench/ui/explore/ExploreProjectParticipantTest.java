package org.marketingworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.explore.Correlations;
import org.marketingworkbench.explore.PivotSpec;
import org.marketingworkbench.explore.PivotSpec.Aggregate;
import org.marketingworkbench.explore.PivotSpec.Percent;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class ExploreProjectParticipantTest {
    private static final Path CUSTOMERS = Path.of("sample-data/customers.csv");

    @TempDir
    Path folder;

    private static ExploreViewModel pageWithCustomers() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        FakeDialogService dialogs = new FakeDialogService();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, dialogs);
        ExploreViewModel model = new ExploreViewModel(workspace, executor, dialogs);
        workspace.load(List.of(CUSTOMERS));
        return model;
    }

    @Test
    void aSavedProjectBringsBackEveryChoiceOfThePage() throws IOException {
        ExploreViewModel before = pageWithCustomers();
        before.distribution().columnProperty().set("income");
        before.distribution().splitByProperty().set("city");
        before.distribution().binsProperty().set(25);
        before.pivot().apply(new PivotSpec("education", "gender", "income", Aggregate.SUM, Percent.COLUMN));
        before.correlation().methodProperty().set(Correlations.Method.SPEARMAN);
        before.correlation().chooseExactly(List.of("income", "purchased_after_campaign"));
        Path file = folder.resolve("p.mwb.json");
        new ProjectStore().write(new ExploreProjectParticipant(before).saveInto(Project.create("t")), file);

        ExploreViewModel after = pageWithCustomers();
        new ExploreProjectParticipant(after).restoreFrom(new ProjectStore().read(file));

        assertThat(after.distribution().columnProperty().get()).isEqualTo("income");
        assertThat(after.distribution().splitByProperty().get()).isEqualTo("city");
        assertThat(after.distribution().binsProperty().get()).isEqualTo(25);
        assertThat(after.pivot().spec()).isEqualTo(before.pivot().spec());
        assertThat(after.correlation().methodProperty().get()).isEqualTo(Correlations.Method.SPEARMAN);
        assertThat(after.correlation().columns()).containsExactly("income", "purchased_after_campaign");
        assertThat(after.pivot().resultProperty().get().grandTotal())
                .isEqualTo(before.pivot().resultProperty().get().grandTotal());
    }
}
