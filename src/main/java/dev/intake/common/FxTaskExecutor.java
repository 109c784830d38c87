package dev.intake.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The application's executor: virtual threads for work, the JavaFX thread for results. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Duration FINISH_ON_CLOSE = Duration.ofSeconds(3);
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("intake-worker-", 0).factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "intake-timer");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> BackgroundTask<T> wrap(Callable<T> work) {
        return TaskExecutor.onWorkers(work, workers, this);
    }

    @Override
    public void runOnUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Cancellable runOnUiAfter(Duration delay, Runnable action) {
        ScheduledFuture<?> future = timer.schedule(() -> Platform.runLater(action), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /**
     * Stops scheduling and lets work already running finish for a short while, so a draft save started as the window
     * closes still reaches the disk; whatever is still running after that is interrupted.
     */
    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(FINISH_ON_CLOSE.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
