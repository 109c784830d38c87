package dev.intake.outbox;

import dev.intake.common.TaskExecutor;
import dev.intake.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The outbox's scheduler on virtual time: tasks run on the test's thread when the test says so, and waiting for a
 * backoff moves the clock instead of sleeping.
 */
final class ManualScheduler implements Scheduler {
    private record Task(Instant due, long sequence, Runnable action) {
    }

    private final MutableClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.due().equals(b.due())
            ? Long.compare(a.sequence(), b.sequence()) : a.due().compareTo(b.due()));
    private long sequence;

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(new Task(clock.instant(), sequence++, task));
    }

    @Override
    public synchronized TaskExecutor.Cancellable schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(clock.instant().plus(delay), sequence++, task);
        tasks.add(scheduled);
        return () -> {
            synchronized (this) {
                tasks.remove(scheduled);
            }
        };
    }

    private synchronized Task pollDue() {
        Task next = tasks.peek();
        if (next == null || next.due().isAfter(clock.instant())) {
            return null;
        }
        return tasks.poll();
    }

    /** Runs every task due now, including those they add for now; returns how many ran. */
    int runDue() {
        int ran = 0;
        for (Task task = pollDue(); task != null; task = pollDue()) {
            task.action().run();
            ran++;
        }
        return ran;
    }

    /** Runs at most one due task; false when none is due. */
    boolean runOneDue() {
        Task task = pollDue();
        if (task == null) {
            return false;
        }
        task.action().run();
        return true;
    }

    /** Moves the clock to the next scheduled task (if later than now); false when nothing is scheduled. */
    synchronized boolean advanceToNext() {
        Task next = tasks.peek();
        if (next == null) {
            return false;
        }
        if (next.due().isAfter(clock.instant())) {
            clock.set(next.due());
        }
        return true;
    }

    /** Runs tasks, moving the clock as they come due, until none is left or the clock passes {@code until}. */
    void runUntilIdle(Instant until) {
        runDue();
        while (advanceToNext() && !clock.instant().isAfter(until)) {
            runDue();
        }
    }

    synchronized boolean idle() {
        return tasks.isEmpty();
    }

    /** Forgets every task, as a process that stopped would. */
    synchronized void discardAll() {
        tasks.clear();
    }
}
