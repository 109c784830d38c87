package dev.intake.outbox;

import dev.intake.common.TaskExecutor;
import java.time.Duration;

/**
 * Runs the outbox's work one task at a time, in order, now or after a delay. In the app, on the app's one executor
 * ({@link ExecutorScheduler}); in tests a manual scheduler with a virtual clock, so backoffs of minutes take no time.
 */
public interface Scheduler {
    /** Runs {@code task} after the tasks already waiting. */
    void execute(Runnable task);

    /** Runs {@code task} once {@code delay} has passed, unless cancelled first. */
    TaskExecutor.Cancellable schedule(Duration delay, Runnable task);
}
