package dev.intake.fair.quick;

import dev.intake.common.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One screen's writes, one after another in the order asked for. The executor runs work on threads that keep no
 * order, and some orders matter (the draft of a saved visitor may only make way once the capture is on disk), so
 * the next write is handed to the executor only when the one before has finished. Used on the UI thread only.
 */
final class WriteChain {
    private final TaskExecutor executor;
    private final Deque<Step<?>> waiting = new ArrayDeque<>();
    private boolean running;

    WriteChain(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /**
     * Queues a write. {@code work} is made (on the UI thread) only when the write's turn comes, so it reads what is
     * current then; {@code done} and {@code failed} are called on the UI thread.
     */
    <T> void then(Supplier<Callable<T>> work, Consumer<T> done, Consumer<Throwable> failed) {
        waiting.add(new Step<>(work, done, failed));
        next();
    }

    /** True while a write runs or waits. */
    boolean busy() {
        return running || !waiting.isEmpty();
    }

    private void next() {
        if (running || waiting.isEmpty()) {
            return;
        }
        running = true;
        waiting.poll().start();
    }

    private final class Step<T> {
        private final Supplier<Callable<T>> work;
        private final Consumer<T> done;
        private final Consumer<Throwable> failed;

        Step(Supplier<Callable<T>> work, Consumer<T> done, Consumer<Throwable> failed) {
            this.work = work;
            this.done = done;
            this.failed = failed;
        }

        void start() {
            Callable<T> callable;
            try {
                callable = work.get();
            } catch (RuntimeException e) {
                finished(() -> failed.accept(e));
                return;
            }
            executor.wrap(callable)
                    .onSuccess(result -> finished(() -> done.accept(result)))
                    .onFailure(error -> finished(() -> failed.accept(error)))
                    .start();
        }

        private void finished(Runnable report) {
            running = false;
            try {
                report.run();
            } finally {
                next();
            }
        }
    }
}
