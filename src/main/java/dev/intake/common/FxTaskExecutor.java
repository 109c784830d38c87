package dev.intake.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/** The application's executor: virtual threads for work, the JavaFX thread for results and for waiting a while. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Duration FINISH_ON_CLOSE = Duration.ofSeconds(3);
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("intake-worker-", 0).factory());
    /** Set once closed: what was scheduled to run later does not run any more. */
    private volatile boolean closed;

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

    /**
     * Timed by the toolkit's own clock (a pause on the UI thread), so no thread of its own waits for the delay. The
     * pause starts in a later turn of the UI thread even when called on it: a pause of no length finishes inside
     * {@code play()}, which would run the action in the middle of the caller's own event (a value listener's change
     * still being propagated through a binding, say).
     */
    @Override
    public Cancellable runOnUiAfter(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> {
            if (!closed && !cancelled.get()) {
                action.run();
            }
        });
        Platform.runLater(() -> {
            if (!cancelled.get()) {
                pause.play();
            }
        });
        return () -> {
            cancelled.set(true);
            runOnUi(pause::stop);
        };
    }

    /**
     * Stops scheduling and lets work already running finish for a short while, so a draft save started as the window
     * closes still reaches the disk; whatever is still running after that is interrupted.
     */
    @Override
    public void close() {
        closed = true;
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
