package org.marketingworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxTaskExecutorTest {
    private final TaskMonitor monitor = new TaskMonitor();
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(monitor, (title, error) -> reported.add(title));

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private TaskHandle onFxThread(BackgroundTask<?> task) throws Exception {
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> handle.set(executor.execute(task))).get(5, TimeUnit.SECONDS);
        return handle.get();
    }

    @Test
    void callbacksRunOnTheUiThreadInOrder() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        onFxThread(BackgroundTask.of("sum", progress -> {
            events.add("work on ui thread: " + Platform.isFxApplicationThread());
            return 1 + 2;
        }).onSuccess(result -> events.add("success " + result + " on ui thread: " + Platform.isFxApplicationThread()))
                .onFinished(() -> {
                    events.add("finished");
                    finished.countDown();
                }));

        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("work on ui thread: false", "success 3 on ui thread: true", "finished");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(monitor.running()).isEmpty();
    }

    @Test
    void aCancelledTaskDeliversNoResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> events = new CopyOnWriteArrayList<>();
        TaskHandle handle = onFxThread(BackgroundTask.of("slow", progress -> {
            started.countDown();
            release.await(5, TimeUnit.SECONDS);
            return "late";
        }).onSuccess(events::add).onCancelled(() -> events.add("cancelled")));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(handle::cancel).get(5, TimeUnit.SECONDS);
        release.countDown();
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(events).containsExactly("cancelled");
        assertThat(monitor.running()).isEmpty();
    }

    @Test
    void anUnhandledFailureIsReportedOnce() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        onFxThread(BackgroundTask.of("broken", progress -> {
            throw new BadInputException("data.error.notFound", "x.csv");
        }).onFinished(finished::countDown));

        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(reported).containsExactly("broken");
    }

    @Test
    void progressReachesTheStatusModel() throws Exception {
        CountDownLatch reportedHalf = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        onFxThread(BackgroundTask.of("halfway", progress -> {
            progress.update(1, 2, "half");
            reportedHalf.countDown();
            release.await(5, TimeUnit.SECONDS);
            return null;
        }));
        assertThat(reportedHalf.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(50);
        WaitForAsyncUtils.waitForFxEvents();

        TaskStatus status = monitor.latest().get();
        assertThat(status.title()).isEqualTo("halfway");
        assertThat(status.progressProperty().get()).isEqualTo(0.5);
        assertThat(status.messageProperty().get()).isEqualTo("half");
        release.countDown();
    }
}
