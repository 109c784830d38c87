package dev.intake.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Fluent background work: {@code executor.wrap(work).onSuccess(...).onFailure(...).start()}. Callbacks run on the
 * UI thread; after {@link #cancel()} neither callback runs, so a stale answer never lands in the form.
 */
public final class BackgroundTask<T> {
    /** How the executor actually runs the work; returns a handle that interrupts it. */
    @FunctionalInterface
    public interface Launcher {
        TaskExecutor.Cancellable launch(Runnable work);
    }

    private final Callable<T> work;
    private final Launcher launcher;
    private final TaskExecutor executor;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private volatile boolean cancelled;
    private volatile TaskExecutor.Cancellable running;

    public BackgroundTask(Callable<T> work, Launcher launcher, TaskExecutor executor) {
        this.work = Objects.requireNonNull(work);
        this.launcher = Objects.requireNonNull(launcher);
        this.executor = Objects.requireNonNull(executor);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> start() {
        running = launcher.launch(() -> {
            T value;
            try {
                value = work.call();
            } catch (Throwable error) {
                if (!cancelled && !(error instanceof CancellationException)) {
                    executor.runOnUi(() -> {
                        if (!cancelled) {
                            onFailure.accept(error);
                        }
                    });
                }
                return;
            }
            executor.runOnUi(() -> {
                if (!cancelled) {
                    onSuccess.accept(value);
                }
            });
        });
        return this;
    }

    /** Stops reporting back and interrupts the work if it is still running. */
    public void cancel() {
        cancelled = true;
        TaskExecutor.Cancellable handle = running;
        if (handle != null) {
            handle.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
