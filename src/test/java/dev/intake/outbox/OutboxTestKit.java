package dev.intake.outbox;

import dev.intake.store.Database;
import dev.intake.store.SubmissionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A real outbox on a temporary database with the fake ATS and virtual time, for tests of other packages. */
public final class OutboxTestKit implements AutoCloseable {
    private final OutboxHarness harness;

    public OutboxTestKit(Path dataDirectory) {
        harness = new OutboxHarness(dataDirectory);
    }

    public SqliteOutbox outbox() {
        return harness.outbox;
    }

    public SubmissionStore store() {
        return harness.store;
    }

    public Database database() {
        return harness.database;
    }

    public FakeAts ats() {
        return harness.ats;
    }

    public Instant now() {
        return harness.clock.instant();
    }

    public void advance(Duration by) {
        harness.clock.advance(by);
    }

    /** Runs what the outbox has to do now (no time passes). */
    public void runOutbox() {
        harness.runDue();
    }

    public static Fault notConnected() {
        return Fault.of(Fault.Type.NOT_CONNECTED);
    }

    /** The ATS answers with this HTTP status (a 5xx: it may have created the application before failing). */
    public static Fault httpError(int status) {
        return Fault.http(status);
    }

    public static Fault lostBeforeCreate() {
        return Fault.of(Fault.Type.LOST_BEFORE_CREATE);
    }

    @Override
    public void close() {
        harness.close();
    }
}
