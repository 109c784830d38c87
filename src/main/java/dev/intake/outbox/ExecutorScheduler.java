package dev.intake.outbox;

import dev.intake.common.TaskExecutor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * The outbox's tasks one at a time, in order, on the app's one executor: a task handed over while another runs
 * waits in a queue that the running one works through, so no two outbox tasks ever run at once. Delays wait in the
 * executor too, and hand their task to the queue when due. The executor's workers are daemons, so a forgotten
 * outbox never keeps the app alive.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ExecutorScheduler.class.getName());
    private final TaskExecutor executor;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    /** Delays not yet due, called off at {@link #close()}. */
    private final Set<TaskExecutor.Cancellable> delays = ConcurrentHashMap.newKeySet();
    /** Whether a worker is working through {@link #queue}; guarded by {@code this}, as are the queue and below. */
    private boolean draining;
    private TaskExecutor.Cancellable drainer;
    private boolean closed;

    public ExecutorScheduler(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (closed) {
                return;
            }
            queue.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            TaskExecutor.Cancellable started = executor.runInBackground(this::drain);
            synchronized (this) {
                if (draining && drainer == null) {
                    drainer = started;
                }
            }
        } catch (RejectedExecutionException e) {
            // The app is closing: what was queued is what the next start picks up from the database.
            synchronized (this) {
                draining = false;
                queue.clear();
            }
            LOG.log(System.Logger.Level.DEBUG, "Outbox task dropped: the app is closing");
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = closed ? null : queue.poll();
                if (next == null) {
                    draining = false;
                    drainer = null;
                    return;
                }
            }
            guarded(next).run();
        }
    }

    @Override
    public TaskExecutor.Cancellable schedule(Duration delay, Runnable task) {
        TaskExecutor.Cancellable[] self = new TaskExecutor.Cancellable[1];
        Runnable due = () -> {
            synchronized (this) {
                // Never before schedule() below has recorded it: that holds this lock until it has.
                delays.remove(self[0]);
            }
            execute(task);
        };
        synchronized (this) {
            if (closed) {
                return () -> { };
            }
            self[0] = executor.runInBackgroundAfter(delay.isNegative() ? Duration.ZERO : delay, due);
            delays.add(self[0]);
        }
        TaskExecutor.Cancellable scheduled = self[0];
        return () -> {
            delays.remove(scheduled);
            scheduled.cancel();
        };
    }

    /** A failing task must not silently stop the later work. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Outbox task failed", e);
            }
        };
    }

    /** Drops what waits, calls off the delays, and interrupts the task running, as the outbox closes. */
    @Override
    public void close() {
        TaskExecutor.Cancellable running;
        synchronized (this) {
            closed = true;
            queue.clear();
            running = drainer;
        }
        delays.forEach(TaskExecutor.Cancellable::cancel);
        delays.clear();
        if (running != null) {
            running.cancel();
        }
    }
}
