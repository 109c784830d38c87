package dev.intake.outbox;

import dev.intake.cli.CommandRuntime;
import dev.intake.store.Database;
import dev.intake.store.SubmissionStore;
import dev.intake.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The command's outbox on virtual time: its work runs on the test's thread, and waiting moves the clock instead of
 * sleeping, so a minute of {@code --drain} takes no time and every wait is recorded.
 */
public final class VirtualRuntime implements CommandRuntime {
    public final MutableClock clock;
    /** Every time the command waited until, in order. */
    public final List<Instant> waitedUntil = new CopyOnWriteArrayList<>();
    private ManualScheduler scheduler;

    public VirtualRuntime(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public SqliteOutbox outbox(Database database, ConnectionResolver connections) {
        scheduler = new ManualScheduler(clock);
        return new SqliteOutbox(new SubmissionStore(database), connections, scheduler, clock,
                RetryPolicy.standard(new SplittableRandom(7)), RateLimiter.standard(clock));
    }

    @Override
    public boolean await(CompletableFuture<Void> done, Duration max) {
        Instant limit = clock.instant().plus(max);
        while (!done.isDone()) {
            if (scheduler.runOneDue()) {
                continue;
            }
            if (!scheduler.advanceToNext() || clock.instant().isAfter(limit)) {
                return done.isDone();
            }
        }
        return true;
    }

    @Override
    public void waitUntil(Instant at) {
        waitedUntil.add(at);
        if (at.isAfter(clock.instant())) {
            clock.set(at);
        }
        scheduler.runDue();
    }
}
