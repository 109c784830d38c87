package dev.intake.outbox;

import static dev.intake.store.SubmissionState.CREATED;
import static dev.intake.store.SubmissionState.OUTCOME_UNKNOWN;
import static dev.intake.store.SubmissionState.QUEUED;
import static dev.intake.store.SubmissionState.REJECTED;
import static dev.intake.store.SubmissionState.SENDING;
import static dev.intake.store.SubmissionState.WAITING_TO_RETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.store.Submission;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.sandbox.FaultKnobs.Drop;
import dev.intake.sandbox.FaultKnobs.Scope;
import dev.intake.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox against the running sandbox, one fault knob at a time, over real HTTP with Intake's client: what the
 * sandbox holds afterwards is the proof (created exactly once, or not at all when refused).
 */
class SqliteOutboxSandboxTest {
    @TempDir
    Path dir;
    private SandboxOutbox h;
    private String job;

    @BeforeEach
    void open() {
        h = new SandboxOutbox(dir, 1, Database.Durability.FULL);
        job = h.openJobIds().getFirst();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private CreateApplicationRequest request(String email) {
        return SandboxOutbox.request("Ana Li", email, job);
    }

    /** Submits and runs what is due now; returns the submission as it then stands. */
    private Submission submitAndRun(String email) {
        long id = h.submit(request(email)).localId();
        h.runDue();
        return h.get(id);
    }

    private void assertCreatedOnce(Submission s, String email) {
        assertEquals(CREATED, s.state(), s::toString);
        assertEquals(1, h.applicationsFor(email), "exactly one application in the sandbox");
        String candidate = h.sandbox.data().candidatesByEmail(email).getFirst().applicationIds().getFirst();
        assertEquals(candidate, s.applicationId(), "the outbox kept the id the sandbox gave");
    }

    @Test
    void withoutFaultsTheApplicationIsCreatedOnce() {
        Submission s = submitAndRun("plain@example.com");

        assertCreatedOnce(s, "plain@example.com");
        assertEquals(List.of(QUEUED, SENDING, CREATED), h.statesSeen(s.localId()));
    }

    @Test
    void theNoteAndTheCvGoOntoTheApplicationOverHttpAndAFailureAfterTheCreateResendsNeitherTheApplication() {
        h.knobs().failAfterCreate(1, 502);
        long id = h.outbox.submit(SandboxOutbox.PROFILE, request("kiosk@example.com"),
                dev.intake.store.HistoryLabels.NONE, new SubmitOptions("event:fair-1", "fair-1#1",
                        "Met at the booth", false, List.of(new dev.intake.store.DocumentUpload("cv.pdf", "pdf",
                                null, "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
                .submission().localId();
        h.runUntilIdle();

        Submission s = h.get(id);
        assertCreatedOnce(s, "kiosk@example.com");
        assertEquals(List.of("Met at the booth"), h.sandbox.noteTexts(s.applicationId()));
        assertEquals(List.of("cv.pdf"), h.sandbox.documentNames(s.applicationId()));
        assertEquals(dev.intake.store.FollowUpState.SENT, s.noteState());
    }

    @Test
    void theSamePersonCapturedTwiceIsOneCandidateOverHttpThoughTheSandboxListsNewRecordsLate() {
        h.knobs().readLag(Duration.ofDays(2));
        String otherJob = h.openJobIds().get(1);
        SubmitOptions first = new SubmitOptions("event:fair-1", "fair-1#1", "First visit", true, List.of());
        SubmitOptions again = new SubmitOptions("event:fair-1", "fair-1#2", "Back for the other job", true,
                List.of(), "fair-1#1");
        SubmitOptions sameJob = new SubmitOptions("event:fair-1", "fair-1#3", "Back again", true, List.of(),
                "fair-1#1");
        long a = h.outbox.submit(SandboxOutbox.PROFILE, request("twice@example.com"),
                dev.intake.store.HistoryLabels.NONE, first).submission().localId();
        long b = h.outbox.submit(SandboxOutbox.PROFILE, SandboxOutbox.request("Ana Li", "twice@example.com",
                otherJob), dev.intake.store.HistoryLabels.NONE, again).submission().localId();
        long c = h.outbox.submit(SandboxOutbox.PROFILE, request("twice@example.com"),
                dev.intake.store.HistoryLabels.NONE, sameJob).submission().localId();
        h.runUntilIdle();

        assertEquals(1, h.sandbox.data().candidatesByEmail("twice@example.com").size(), "one candidate");
        assertEquals(CREATED, h.get(a).state());
        assertEquals(CREATED, h.get(b).state());
        assertEquals(dev.intake.store.SubmissionState.ALREADY_IN_ATS, h.get(c).state());
        assertEquals(2, h.applicationsFor("twice@example.com"), "one application per job");
        assertEquals(h.get(a).applicationId(), h.get(c).applicationId());
        assertEquals(List.of("First visit", "Back again"), h.sandbox.noteTexts(h.get(a).applicationId()));
        assertEquals(List.of("Back for the other job"), h.sandbox.noteTexts(h.get(b).applicationId()));
    }

    @Test
    void fixedLatencyOnlySlowsTheAnswer() {
        h.knobs().latency(Duration.ofMillis(300));
        long started = System.nanoTime();

        Submission s = submitAndRun("slow@example.com");

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(300)) >= 0,
                "the sandbox did wait");
        assertCreatedOnce(s, "slow@example.com");
        assertEquals(1, s.attempts());
    }

    @Test
    void aRateLimitWaitsForRetryAfterThenCreatesOnceWhenTheWindowPasses() {
        h.knobs().rateLimit(1, Duration.ofSeconds(30));
        Submission first = submitAndRun("first@example.com");
        assertCreatedOnce(first, "first@example.com");

        Submission limited = submitAndRun("limited@example.com");

        assertEquals(WAITING_TO_RETRY, limited.state(), limited::toString);
        assertEquals(429, limited.errorStatus());
        Duration wait = Duration.between(h.clock.instant(), limited.nextAttemptAt());
        assertTrue(wait.compareTo(Duration.ofSeconds(29)) >= 0, "honours Retry-After: " + wait);
        assertEquals(0, h.applicationsFor("limited@example.com"));

        h.runUntilIdle();

        assertCreatedOnce(h.get(limited.localId()), "limited@example.com");
        assertEquals(2, h.get(limited.localId()).attempts());
    }

    @Test
    void aTransient503WaitsThenCreatesOnce() {
        h.knobs().failNext(1, 503, Scope.CREATE_APPLICATION);

        Submission waiting = submitAndRun("busy@example.com");

        assertEquals(WAITING_TO_RETRY, waiting.state(), waiting::toString);
        assertEquals(503, waiting.errorStatus());
        assertNotNull(waiting.nextAttemptAt());
        assertEquals(0, h.applicationsFor("busy@example.com"));

        h.runUntilIdle();

        assertCreatedOnce(h.get(waiting.localId()), "busy@example.com");
    }

    @Test
    void a422IsRejectedWithTheServersWordsAndNothingIsCreated() {
        h.knobs().failNext(1, 422, Scope.CREATE_APPLICATION);

        Submission rejected = submitAndRun("refused@example.com");
        h.runUntilIdle();

        assertEquals(REJECTED, h.get(rejected.localId()).state(), rejected::toString);
        assertEquals(422, rejected.errorStatus());
        assertNotNull(rejected.errorMessage());
        assertEquals(0, h.applicationsFor("refused@example.com"));
        assertEquals(1, rejected.attempts(), "a refusal is never sent again by itself");
    }

    @Test
    void aDropBeforeTheBodyCreatesNothingAndWhatTheClientReportsDecidesTheState() {
        h.knobs().dropNext(Drop.BEFORE_BODY, 1, Scope.CREATE_APPLICATION);

        Submission s = submitAndRun("dropped@example.com");

        assertEquals(0, h.applicationsFor("dropped@example.com"), "the sandbox created nothing");
        assertEquals(OUTCOME_UNKNOWN, s.state(), s::toString);
        h.runUntilIdle();
        assertNull(h.get(s.localId()).nextAttemptAt(), "the checks found nothing: the user decides");
        h.outbox.confirmNotCreated(s.localId());
        h.runUntilIdle();
        assertCreatedOnce(h.get(s.localId()), "dropped@example.com");
    }

    @Test
    void aDropAfterTheBodyIsOutcomeUnknownUntilTheCheckFindsTheApplication() {
        h.knobs().dropNext(Drop.AFTER_BODY, 1, Scope.CREATE_APPLICATION);

        Submission s = submitAndRun("lost-answer@example.com");
        h.runUntilIdle();

        assertCreatedOnce(h.get(s.localId()), "lost-answer@example.com");
        assertEquals(List.of(QUEUED, SENDING, OUTCOME_UNKNOWN, CREATED), h.statesSeen(s.localId()));
        assertEquals(1, h.get(s.localId()).attempts(), "never sent twice");
        assertTrue(h.get(s.localId()).responseJson().contains("found_by_outcome_check"));
    }

    @Test
    void aDrippedAnswerIsReadWholeAndCreatesOnce() {
        h.knobs().drip(64, Duration.ofMillis(2));

        Submission s = submitAndRun("drip@example.com");

        assertCreatedOnce(s, "drip@example.com");
        assertEquals(1, s.attempts());
    }

    @Test
    void aRestartWhileWaitingToRetryEndsCreatedOnceByTheNewOutbox() {
        h.knobs().failNext(1, 503, Scope.CREATE_APPLICATION);
        Submission waiting = submitAndRun("restart-waiting@example.com");
        assertEquals(WAITING_TO_RETRY, waiting.state(), waiting::toString);

        h.restart();
        h.runUntilIdle();

        assertCreatedOnce(h.get(waiting.localId()), "restart-waiting@example.com");
    }

    @Test
    void aRestartWhileTheOutcomeIsUnknownChecksInsteadOfSendingAgain() {
        // The create goes through but its answer is lost; the check that follows (two reads) is cut short by the
        // rate limit.
        h.knobs().rateLimit(2, Duration.ofSeconds(30)).dropNext(Drop.AFTER_BODY, 1, Scope.CREATE_APPLICATION);
        Submission unknown = submitAndRun("restart-unknown@example.com");
        assertEquals(OUTCOME_UNKNOWN, unknown.state(), unknown::toString);
        assertNotNull(unknown.nextAttemptAt(), "the check is still to come");
        assertEquals(1, h.applicationsFor("restart-unknown@example.com"));

        h.restart();
        h.runUntilIdle();

        Submission s = h.get(unknown.localId());
        assertCreatedOnce(s, "restart-unknown@example.com");
        assertEquals(1, s.attempts(), "never sent again");
    }
}
