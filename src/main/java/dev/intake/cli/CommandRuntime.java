package dev.intake.cli;

import dev.intake.common.TaskExecutor;
import dev.intake.diagnostics.CommandLogging;
import dev.intake.ats.Redactor;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.PassWait;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.store.Database;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * How the command's outbox runs and how time passes: the app's executor and the wall clock in the app, a manual
 * scheduler on virtual time in tests.
 */
public interface CommandRuntime {
    SqliteOutbox outbox(Database database, ConnectionResolver connections);

    /** Waits until {@code done} completes, at most {@code max}; false when it did not. */
    boolean await(CompletableFuture<Void> done, Duration max);

    /** Returns once the clock shows {@code at} or later. */
    void waitUntil(Instant at) throws InterruptedException;

    /** Sets up logging for the command's run; closing it puts the previous logging back. */
    default AutoCloseable logging(Path dataDirectory, PrintStream err) {
        return () -> { };
    }

    /** The app's: the outbox on the app's executor, the system clock, plain waiting, and logging for a command. */
    static CommandRuntime system(Clock clock, TaskExecutor executor) {
        return new SystemRuntime(clock, executor);
    }
}

/** The app's runtime: the outbox on the app's executor, the system clock, and plain waiting. */
record SystemRuntime(Clock clock, TaskExecutor executor) implements CommandRuntime {
    @Override
    public SqliteOutbox outbox(Database database, ConnectionResolver connections) {
        return SqliteOutbox.create(database, connections, executor);
    }

    @Override
    public boolean await(CompletableFuture<Void> done, Duration max) {
        return PassWait.await(done, max);
    }

    @Override
    public AutoCloseable logging(Path dataDirectory, PrintStream err) {
        return CommandLogging.install(dataDirectory, new Redactor(), err);
    }

    @Override
    public void waitUntil(Instant at) throws InterruptedException {
        for (long left = Duration.between(clock.instant(), at).toMillis(); left > 0;
                left = Duration.between(clock.instant(), at).toMillis()) {
            Thread.sleep(left);
        }
    }
}
