package org.marketingworkbench.ui.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** What the page takes when the whole sample folder is opened, as "--sample" does. */
class PredictSampleInputTest {

    @Test
    void theWholeSampleFolderGivesATableWithItsOutcome() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        FakeDialogService dialogs = new FakeDialogService();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, dialogs);
        PredictViewModel model = new PredictViewModel(workspace, executor, dialogs);

        workspace.load(WorkspaceViewModel.dataFilesIn(Path.of("sample-data")));

        // bank-full.csv (y) and customers.csv (purchased_after_campaign) are the two tables with an outcome
        assertThat(model.input().selectedProperty().get()).isNotNull();
        assertThat(model.input().selectedProperty().get().label()).isIn("bank-full.csv", "customers.csv");
        assertThat(model.setup().targetProperty().get()).isIn("y", "purchased_after_campaign");
    }
}
