package dev.intake.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs blocking work (HTTP, SQLite, files) off the UI thread and reports back on it. ViewModels receive one by
 * constructor; tests pass {@link ImmediateTaskExecutor} so they need no toolkit and no waiting.
 */
public interface TaskExecutor {
    /** Describes background work; nothing runs until {@link BackgroundTask#start()}. */
    <T> BackgroundTask<T> wrap(Callable<T> work);

    /** Runs {@code action} on the UI thread (now if already there). */
    void runOnUi(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first: debouncing. */
    Cancellable runOnUiAfter(Duration delay, Runnable action);

    /**
     * Runs {@code work} in the background with nothing to report on the UI thread: for services that have no window
     * to report to (the outbox, the start-up read-ahead, saving at exit). Cancelling interrupts it if it runs.
     */
    default Cancellable runInBackground(Runnable work) {
        BackgroundTask<Void> task = this.<Void>wrap(() -> {
            work.run();
            return null;
        }).start();
        return task::cancel;
    }

    /**
     * Runs {@code work} in the background once {@code delay} has passed, unless cancelled first (cancelling does not
     * interrupt work that has started).
     */
    default Cancellable runInBackgroundAfter(Duration delay, Runnable work) {
        return runOnUiAfter(delay, () -> runInBackground(work));
    }

    /** {@code work} run on {@code workers} (cancelling interrupts it), its outcome reported through {@code ui}. */
    static <T> BackgroundTask<T> onWorkers(Callable<T> work, ExecutorService workers, TaskExecutor ui) {
        return new BackgroundTask<>(work, runnable -> {
            Future<?> future = workers.submit(runnable);
            return () -> future.cancel(true);
        }, ui);
    }

    /** Something scheduled that can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
