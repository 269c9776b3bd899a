package org.marketingworkbench.ui.basket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** Stop ends the mining in progress, and a new run replaces one still going. */
class BasketCancelTest {

    /** Starts nothing: each task stays "running" until cancelled. */
    private static final class PendingExecutor implements TaskExecutor {
        final List<Boolean> cancelled = new ArrayList<>();

        @Override
        public <T> TaskHandle execute(BackgroundTask<T> task) {
            int index = cancelled.size();
            cancelled.add(false);
            return new TaskHandle() {
                @Override
                public void cancel() {
                    cancelled.set(index, true);
                }

                @Override
                public boolean isDone() {
                    return cancelled.get(index);
                }
            };
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void stopCancelsTheRunningMiningAndSaysSo() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor loader = new SameThreadTaskExecutor();
        WorkspaceViewModel workspace = new WorkspaceViewModel(loader, new FakeDialogService());
        workspace.load(List.of(BasketViewModelTest.ORDERS));
        PendingExecutor executor = new PendingExecutor();
        BasketViewModel model = new BasketViewModel(workspace, executor, new FakeDialogService());
        assertThat(model.runningProperty().get()).isTrue();

        model.mine();
        assertThat(executor.cancelled).containsExactly(true, false);

        model.cancel();
        assertThat(executor.cancelled).containsExactly(true, true);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).contains("stopped");
    }
}
