package dev.intake.common;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * The application's one executor: virtual threads for work, the JavaFX thread for results and for waiting a while.
 * Made first thing in {@code main} and passed to everything that works in the background; the commands without a
 * window use its background methods only, which need no toolkit.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Duration FINISH_ON_CLOSE = Duration.ofSeconds(3);
    /** Set on this executor's own worker threads, so that closing from one of them does not wait for itself. */
    private final ThreadLocal<Boolean> onWorker = ThreadLocal.withInitial(() -> false);
    private final ExecutorService workers;
    /** Work waiting for its delay: woken (and dropped) when the executor closes, so the exit never waits for it. */
    private final Set<Delayed> waiting = ConcurrentHashMap.newKeySet();
    /** Set once closed: what was scheduled to run later does not run any more. */
    private volatile boolean closed;

    public FxTaskExecutor() {
        ThreadFactory virtual = Thread.ofVirtual().name("intake-worker-", 0).factory();
        workers = Executors.newThreadPerTaskExecutor(runnable -> virtual.newThread(() -> {
            onWorker.set(true);
            runnable.run();
        }));
    }

    @Override
    public <T> BackgroundTask<T> wrap(Callable<T> work) {
        return TaskExecutor.onWorkers(work, workers, this);
    }

    @Override
    public Cancellable runInBackground(Runnable work) {
        Future<?> future = workers.submit(work);
        return () -> future.cancel(true);
    }

    /** Waits on a worker of its own (a virtual thread sleeping costs no platform thread). */
    @Override
    public Cancellable runInBackgroundAfter(Duration delay, Runnable work) {
        Delayed delayed = new Delayed(delay, work);
        waiting.add(delayed);
        try {
            workers.execute(delayed);
        } catch (RuntimeException e) {
            waiting.remove(delayed);
            throw e;
        }
        return delayed;
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
     * closes still reaches the disk; whatever is still running after that is interrupted. Closing again does nothing
     * more; closed from one of its own workers, it does not wait (that worker would be waiting for itself).
     */
    @Override
    public void close() {
        closed = true;
        waiting.forEach(Delayed::cancel);
        workers.shutdown();
        if (onWorker.get()) {
            return;
        }
        try {
            if (!workers.awaitTermination(FINISH_ON_CLOSE.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Work that sleeps on its worker until due; cancelled while asleep, it is woken and never runs. */
    private final class Delayed implements Runnable, Cancellable {
        private final Duration delay;
        private final Runnable work;
        private Thread sleeper;
        private boolean cancelled;

        Delayed(Duration delay, Runnable work) {
            this.delay = delay;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                synchronized (this) {
                    if (cancelled) {
                        return;
                    }
                    sleeper = Thread.currentThread();
                }
                try {
                    if (delay.isPositive()) {
                        Thread.sleep(delay);
                    }
                } catch (InterruptedException e) {
                    // Cancelled, or the executor is closing: checked below.
                }
                synchronized (this) {
                    sleeper = null;
                    if (cancelled || closed) {
                        return;
                    }
                }
            } finally {
                waiting.remove(this);
            }
            work.run();
        }

        @Override
        public synchronized void cancel() {
            cancelled = true;
            if (sleeper != null) {
                sleeper.interrupt();
            }
        }
    }
}
