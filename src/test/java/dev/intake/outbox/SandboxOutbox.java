package dev.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.Candidate;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.HttpClients;
import dev.intake.ats.NewCandidate;
import dev.intake.ats.StackOneClient;
import dev.intake.sandbox.FaultKnobs;
import dev.intake.sandbox.KnobsOnClock;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
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
import okhttp3.OkHttpClient;

/**
 * The real outbox on a real database file, sending over HTTP with Intake's client to a running sandbox. The outbox
 * runs on virtual time with a manual scheduler (backoffs and Retry-After take no real time) and the sandbox's
 * rate-limit windows follow the same clock. {@link #restart} throws the outbox away and rebuilds it from the file.
 */
final class SandboxOutbox implements AutoCloseable {
    static final String PROFILE = "sandbox";

    /**
     * The sandbox stamps applications with the real time; the outcome check looks back from the virtual time of the
     * first send. Starting virtual time well behind real time keeps every real creation inside that window however
     * far backoffs move the virtual clock.
     */
    final MutableClock clock = new MutableClock(Instant.now().minus(Duration.ofDays(90)));
    final SandboxServer sandbox;
    final List<Submission> events = new CopyOnWriteArrayList<>();
    private final Path dir;
    private final Database.Durability durability;
    private final OkHttpClient http;
    private final Ats client;
    private final SplittableRandom random;
    ManualScheduler scheduler;
    Database database;
    SqliteOutbox outbox;

    SandboxOutbox(Path dir, long seed, Database.Durability durability) {
        this.dir = dir;
        this.durability = durability;
        this.random = new SplittableRandom(seed);
        FaultKnobs knobs = KnobsOnClock.on(clock);
        sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withKnobs(knobs));
        // Short timeouts: a fault that made a call hang fails the test within seconds instead.
        http = HttpClients.create().newBuilder().connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10)).writeTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(20)).build();
        client = new StackOneClient(new AtsConnection(sandbox.baseUrl().toString(), sandbox.apiKey(),
                sandbox.accountId()), http);
        open();
    }

    private void open() {
        OpenResult result = Database.open(dir, clock, durability);
        database = assertInstanceOf(OpenResult.Opened.class, result).database();
        scheduler = new ManualScheduler(clock);
        ConnectionResolver connections = new ConnectionResolver() {
            @Override
            public String currentProfileId() {
                return PROFILE;
            }

            @Override
            public Optional<Ats> ats(String profileId) {
                return PROFILE.equals(profileId) ? Optional.of(client) : Optional.empty();
            }
        };
        outbox = new SqliteOutbox(new SubmissionStore(database), connections, scheduler, clock,
                RetryPolicy.standard(random.split()), RateLimiter.standard(clock));
        outbox.addListener(events::add);
        outbox.start();
    }

    FaultKnobs knobs() {
        return sandbox.knobs();
    }

    /** The process stops, whatever it was doing, and a new one starts on the same database file. */
    void restart() {
        scheduler.discardAll();
        outbox.close();
        database.close();
        open();
    }

    /** The open jobs of the sandbox, which accept applications. */
    List<String> openJobIds() {
        return sandbox.data().jobs().stream().filter(j -> j.statusWord().equals("open")).map(j -> j.id()).toList();
    }

    Submission submit(CreateApplicationRequest request) {
        return outbox.submit(PROFILE, request);
    }

    /** Runs what is due now (the HTTP calls happen on this thread). */
    void runDue() {
        scheduler.runDue();
    }

    /** Runs until nothing is scheduled, moving virtual time (at most a day ahead). */
    void runUntilIdle() {
        scheduler.runUntilIdle(clock.instant().plus(Duration.ofDays(1)));
    }

    Submission get(long id) {
        return outbox.get(id);
    }

    /** A new candidate applying to {@code jobId}: what the sandbox accepts with no other field. */
    static CreateApplicationRequest request(String name, String email, String jobId) {
        String[] parts = name.split(" ", 2);
        NewCandidate candidate = new NewCandidate(null, null, null, null, name, parts[0],
                parts.length > 1 ? parts[1] : null, email, null, null, null, null, null, null);
        return new CreateApplicationRequest(null, jobId, null, null, null, null, null, null, candidate, null);
    }

    /** How many applications the sandbox holds for the candidate with this email. */
    int applicationsFor(String email) {
        return sandbox.data().candidatesByEmail(email).stream().map(Candidate::applicationIds)
                .mapToInt(ids -> ids == null ? 0 : ids.size()).sum();
    }

    /** The states a submission went through, as the outbox's listener saw them. */
    List<SubmissionState> statesSeen(long id) {
        return events.stream().filter(s -> s.localId() == id).map(Submission::state).toList();
    }

    @Override
    public void close() {
        try {
            outbox.close();
            database.close();
        } finally {
            sandbox.close();
            http.connectionPool().evictAll();
        }
    }
}
