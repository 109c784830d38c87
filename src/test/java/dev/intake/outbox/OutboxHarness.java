package dev.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import dev.intake.store.Submission;

import dev.intake.ats.Ats;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.SubmissionStore;
import dev.intake.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A whole outbox on a real database file with a fake ATS, virtual time and a manual scheduler; {@link #restart()}
 * throws the running outbox away and builds a new one from the file, as a new process would.
 */
final class OutboxHarness implements AutoCloseable {
    static final String PROFILE = "p1";
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

    final Path dir;
    MutableClock clock;
    FakeAts ats;
    final List<Submission> events = new CopyOnWriteArrayList<>();
    /** Runs whenever the outbox looks up the ATS of a profile (before it sends or checks): a moment to interfere. */
    volatile Runnable onConnectionLookUp = () -> { };
    /** Why a profile other than {@link #PROFILE} cannot be used, as a resolver that knows says it. */
    final java.util.Map<String, String> unavailableReasons = new java.util.concurrent.ConcurrentHashMap<>();
    private final Database.Durability durability;
    private final int perMinute;
    private final int burst;
    private SplittableRandom random;
    private RateLimiter limiter;
    ManualScheduler scheduler;
    Database database;
    SubmissionStore store;
    SqliteOutbox outbox;

    OutboxHarness(Path dir) {
        this(dir, new MutableClock(START), 1, Database.Durability.FULL, 600, 10);
    }

    OutboxHarness(Path dir, MutableClock clock, long seed, Database.Durability durability, int perMinute,
            int burst) {
        this.dir = dir;
        this.durability = durability;
        this.perMinute = perMinute;
        this.burst = burst;
        useWorld(clock, new FakeAts(clock), seed);
        open();
    }

    private void useWorld(MutableClock newClock, FakeAts newAts, long seed) {
        clock = newClock;
        ats = newAts;
        random = new SplittableRandom(seed);
        limiter = new RateLimiter(perMinute, burst, newClock);
    }

    /**
     * Starts over with a new ATS, clock and outbox on the same database: what earlier runs left there is settled,
     * and a run's ids never collide with another's.
     */
    void startOver(long seed) {
        scheduler.discardAll();
        outbox.close();
        MutableClock newClock = new MutableClock(START);
        useWorld(newClock, new FakeAts(newClock, "s" + seed + "-"), seed);
        events.clear();
        startWorker();
    }

    private void open() {
        OpenResult result = Database.open(dir, clock, durability);
        database = assertInstanceOf(OpenResult.Opened.class, result).database();
        startWorker();
    }

    private void startWorker() {
        store = new SubmissionStore(database);
        scheduler = new ManualScheduler(clock);
        ConnectionResolver connections = new ConnectionResolver() {
            @Override
            public String currentProfileId() {
                return PROFILE;
            }

            @Override
            public Optional<Ats> ats(String profileId) {
                onConnectionLookUp.run();
                return PROFILE.equals(profileId) ? Optional.of(ats) : Optional.empty();
            }

            @Override
            public Optional<String> unavailableReason(String profileId) {
                return Optional.ofNullable(unavailableReasons.get(profileId));
            }
        };
        outbox = new SqliteOutbox(store, connections, scheduler, clock, RetryPolicy.standard(random.split()),
                limiter);
        outbox.addListener(events::add);
        outbox.start();
    }

    /** The process stops (whatever it was doing) and a new one starts on the same data. */
    void restart() {
        scheduler.discardAll();
        outbox.close();
        database.close();
        open();
    }

    /**
     * The outbox stops (whatever it was doing) and a new one is rebuilt from the database, which stays open: the
     * same as {@link #restart()} for the outbox, without the cost of reopening the file.
     */
    void restartWorker() {
        scheduler.discardAll();
        outbox.close();
        startWorker();
    }

    Submission submit(CreateApplicationRequest request) {
        return outbox.submit(PROFILE, request);
    }

    /** Runs everything due now. */
    void runDue() {
        scheduler.runDue();
    }

    /** Runs until nothing is scheduled, moving virtual time, at most a day ahead. */
    void runUntilIdle() {
        scheduler.runUntilIdle(clock.instant().plus(Duration.ofDays(1)));
    }

    Submission get(long id) {
        return outbox.get(id);
    }

    @Override
    public void close() {
        outbox.close();
        database.close();
    }
}
