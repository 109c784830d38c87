package dev.intake.outbox;

import static dev.intake.store.SubmissionState.CANCELLED;
import static dev.intake.store.SubmissionState.CREATED;
import static dev.intake.store.SubmissionState.OUTCOME_UNKNOWN;
import static dev.intake.store.SubmissionState.QUEUED;
import static dev.intake.store.SubmissionState.REJECTED;
import static dev.intake.store.SubmissionState.SENDING;
import static dev.intake.store.SubmissionState.WAITING_TO_RETRY;
import static dev.intake.testing.SampleRequests.ana;
import static dev.intake.testing.SampleRequests.bo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Application;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Json;
import dev.intake.ats.NewCandidate;
import dev.intake.common.FxTaskExecutor;
import dev.intake.store.Database;
import dev.intake.store.HistoryLabels;
import dev.intake.store.HistoryQuery;
import dev.intake.store.OutboxCounts;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import dev.intake.testing.SampleRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteOutboxTest {
    @TempDir
    Path dir;
    private OutboxHarness h;

    @BeforeEach
    void open() {
        h = new OutboxHarness(dir);
    }

    @AfterEach
    void close() {
        h.close();
    }

    private List<SubmissionState> statesSeen(long id) {
        return h.events.stream().filter(s -> s.localId() == id).map(Submission::state).toList();
    }

    @Test
    void submissionIsCommittedBeforeAnythingIsSentThenCreated() throws Exception {
        Submission queued = h.submit(ana());
        assertEquals(QUEUED, queued.state());
        assertEquals(0, h.ats.createCalls(), "nothing leaves before the scheduler runs");
        try (Database other = Database.openReadOnly(dir)) {
            Submission onDisk = new SubmissionStore(other).get(queued.localId()).orElseThrow();
            assertEquals(ana(), onDisk.request(), "the full request is on disk before sending");
        }

        h.runDue();

        Submission created = h.get(queued.localId());
        Application app = h.ats.applicationsFor(ana()).getFirst();
        assertEquals(CREATED, created.state());
        assertEquals(app.id(), created.applicationId());
        assertEquals(app.remoteId(), created.remoteApplicationId());
        assertEquals(1, created.attempts());
        assertEquals(app.id(), Json.mapper().readTree(created.responseJson()).path("data").path("id").asText());
        assertEquals(List.of(QUEUED, SENDING, CREATED), statesSeen(queued.localId()));
        assertEquals(new OutboxCounts(0, 0), h.outbox.counts());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 412, 422, 501})
    void aRefusalIsRejectedWithTheServersWordsAndDoesNotHoldUpTheQueue(int status) throws Exception {
        h.ats.failCreates(Fault.http(status));
        long rejected = h.submit(ana()).localId();
        long next = h.submit(bo()).localId();

        h.runDue();

        Submission s = h.get(rejected);
        assertEquals(REJECTED, s.state());
        assertEquals(status, s.errorStatus());
        assertEquals("Scripted " + status, s.errorMessage());
        assertEquals("req-" + status, Json.mapper().readTree(s.responseJson()).path("request_id").asText());
        assertTrue(h.ats.applicationsFor(ana()).isEmpty());
        assertEquals(CREATED, h.get(next).state());
        assertEquals(new OutboxCounts(0, 1), h.outbox.counts());
        assertTrue(h.scheduler.idle(), "a rejection is never retried by itself");
    }

    @Test
    void aProfileThatCannotBeUsedHoldsItsSubmissionWithTheReasonAndSendsNothing() {
        String reason = "Profile \u201cAcme\u201d needs attention: its base URL http://ats.acme.example is not used.";
        h.unavailableReasons.put("acme", reason);
        long held = h.outbox.submit("acme", ana()).localId();
        long unknownProfile = h.outbox.submit("gone", bo()).localId();

        h.runDue();

        assertEquals(WAITING_TO_RETRY, h.get(held).state());
        assertEquals(reason, h.get(held).errorMessage());
        assertEquals(WAITING_TO_RETRY, h.get(unknownProfile).state());
        assertTrue(h.get(unknownProfile).errorMessage().contains("gone"), h.get(unknownProfile).errorMessage());
        assertEquals(0, h.ats.createCalls(), "nothing is sent with a profile that cannot be used");
    }

    @Test
    void aSubmissionMovedToAnotherProfileWhileTheSenderReadItIsNotSentToTheOldAccount() {
        long id = h.submit(ana()).localId();
        h.onConnectionLookUp = () -> {
            h.onConnectionLookUp = () -> { };
            new dev.intake.store.ProfileBacklog(h.database).move(OutboxHarness.PROFILE, "acme", h.clock.instant());
        };

        h.runDue();

        assertEquals(0, h.ats.createCalls(), "sent with the account it no longer belongs to");
        assertEquals("acme", h.get(id).profileId());
        assertEquals(WAITING_TO_RETRY, h.get(id).state(), "waits for its new account");
    }

    @Test
    void aRequestWithBothCandidateAndCandidateIdIsRejectedNamingTheFieldWithoutCallingTheAts() {
        NewCandidate candidate = ana().candidate();
        CreateApplicationRequest both = new CreateApplicationRequest(null, "job-1", null, null, null, null, null,
                "cand-1", candidate, null);
        long id = h.submit(both).localId();
        h.runDue();

        assertEquals(REJECTED, h.get(id).state());
        assertTrue(h.get(id).errorMessage().startsWith("candidate_id: "), h.get(id).errorMessage());
        assertEquals(0, h.ats.createCalls());
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterAndHoldsTheWholeQueueInOrder() {
        h.ats.failCreates(Fault.http(429, Duration.ofSeconds(30)));
        long first = h.submit(ana()).localId();
        long second = h.submit(bo()).localId();
        Instant t0 = h.clock.instant();

        h.runDue();

        Submission waiting = h.get(first);
        assertEquals(WAITING_TO_RETRY, waiting.state());
        assertEquals(429, waiting.errorStatus());
        Duration wait = Duration.between(t0, waiting.nextAttemptAt());
        assertTrue(wait.compareTo(Duration.ofSeconds(30)) >= 0 && wait.compareTo(Duration.ofSeconds(31)) <= 0,
                "honours Retry-After: " + wait);
        assertEquals(QUEUED, h.get(second).state(), "the queue waits behind the first");
        assertEquals(1, h.ats.createCalls());
        assertEquals(new OutboxCounts(2, 0), h.outbox.counts());

        h.clock.advance(Duration.ofSeconds(29));
        h.runDue();
        assertEquals(1, h.ats.createCalls(), "not before Retry-After");

        h.runUntilIdle();
        assertEquals(CREATED, h.get(first).state());
        assertEquals(CREATED, h.get(second).state());
        List<Application> apps = h.ats.applications();
        assertEquals(List.of("job-1", "job-2"), apps.stream().map(Application::jobId).toList(), "sent in order");
    }

    @Test
    void backoffGrowsExponentiallyWithJitterWhileTheServerKeepsFailing() {
        h.ats.failCreates(Fault.http(503), Fault.http(503), Fault.http(503), Fault.http(503));
        long id = h.submit(ana()).localId();
        h.runDue();
        Duration previous = Duration.ZERO;
        for (int failure = 1; failure <= 4; failure++) {
            Submission s = h.get(id);
            assertEquals(WAITING_TO_RETRY, s.state());
            Duration wait = Duration.between(h.clock.instant(), s.nextAttemptAt());
            long step = 2_000L << (failure - 1);
            assertTrue(wait.toMillis() >= step / 2 && wait.toMillis() <= step, failure + ": " + wait);
            assertTrue(wait.compareTo(previous) > 0 || failure == 1);
            previous = wait;
            h.scheduler.advanceToNext();
            h.runDue();
        }
        assertEquals(CREATED, h.get(id).state());
        assertEquals(5, h.get(id).attempts());
        assertEquals(1, h.ats.applicationsFor(ana()).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 500, 502, 504, 599})
    void afterAnAnswerThatMayFollowACreateItIsNeverSentAgainWithoutAPerson(int status) {
        h.ats.failCreates(Fault.http(status));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(OUTCOME_UNKNOWN, h.get(id).state());
        assertEquals(OutboxHarness.START.plus(SettleSchedule.FIRST_CHECK), h.get(id).nextAttemptAt(),
                "checked once the ATS had time to show it");

        h.runUntilIdle();

        assertEquals(OUTCOME_UNKNOWN, h.get(id).state(), "not found by any check: a person decides");
        assertNull(h.get(id).nextAttemptAt());
        assertTrue(h.get(id).errorMessage().startsWith("Not confirmed: checked with the ATS at 08:00, 08:02, "
                + "08:12 and 08:42 (candidate by email, then the job's applications) and not found."),
                h.get(id).errorMessage());
        assertEquals(1, h.ats.createCalls(), "never resent on the strength of a miss");

        h.outbox.confirmNotCreated(id);
        h.runUntilIdle();
        assertEquals(CREATED, h.get(id).state());
        assertEquals(2, h.ats.createCalls());
        assertEquals(1, h.ats.applicationsFor(ana()).size());
    }

    @Test
    void a503IsCertainlyNotCreatedAndIsSentAgainAfterItsPause() {
        h.ats.failCreates(Fault.http(503));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(WAITING_TO_RETRY, h.get(id).state());

        h.runUntilIdle();

        assertEquals(CREATED, h.get(id).state());
        assertEquals(0, h.ats.readCalls(), "nothing to check: the ATS did not take it");
        assertEquals(2, h.ats.createCalls());
    }

    @Test
    void aServerErrorAfterTheAtsCreatedItIsFoundInsteadOfSentTwice() throws Exception {
        h.ats.failCreates(Fault.of(Fault.Type.CREATED_THEN_500));
        long id = h.submit(ana()).localId();
        h.runUntilIdle();
        assertEquals(OutboxHarness.START.plus(SettleSchedule.FIRST_CHECK), h.clock.instant(),
                "found by the first check");

        Submission s = h.get(id);
        assertEquals(CREATED, s.state());
        assertEquals(1, h.ats.createCalls(), "never sent again");
        assertEquals(h.ats.applicationsFor(ana()).getFirst().id(), s.applicationId());
        assertTrue(Json.mapper().readTree(s.responseJson()).path("found_by_outcome_check").asBoolean());
    }

    @Test
    void withoutAConnectionSubmissionsQueueAndDrainWhenTheProbeSucceeds() {
        h.ats.failCreates(Fault.of(Fault.Type.NOT_CONNECTED));
        h.ats.failReads(Fault.of(Fault.Type.NOT_CONNECTED), Fault.of(Fault.Type.NOT_CONNECTED));
        long first = h.submit(ana()).localId();
        h.runDue();
        assertEquals(WAITING_TO_RETRY, h.get(first).state());
        assertNull(h.get(first).errorStatus());
        assertEquals("Connection refused", h.get(first).errorMessage());

        long second = h.submit(bo()).localId();
        h.runDue();
        assertEquals(QUEUED, h.get(second).state(), "offline: queued, will send when online");
        assertEquals(1, h.ats.createCalls());

        // Two failed probes, then the network is back: everything drains, in order, with no resend risk.
        h.runUntilIdle();
        assertEquals(3, h.ats.readCalls(), "two failed probes and one that found the network back");
        assertEquals(CREATED, h.get(first).state());
        assertEquals(CREATED, h.get(second).state());
        assertEquals(List.of("job-1", "job-2"), h.ats.applications().stream().map(Application::jobId).toList());
        assertTrue(h.clock.instant().isBefore(OutboxHarness.START.plus(OutboxWorker.MAX_PROBE_INTERVAL.multipliedBy(3))));
    }

    @Test
    void aSuccessfulCallElsewhereDrainsTheQueueAtOnce() {
        h.ats.failCreates(Fault.of(Fault.Type.NOT_CONNECTED));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(WAITING_TO_RETRY, h.get(id).state());

        h.outbox.connectivityRestored();
        h.runDue();

        assertEquals(CREATED, h.get(id).state());
        assertEquals(OutboxHarness.START, h.clock.instant(), "no waiting for the next probe");
    }

    @Test
    void connectionLostAfterSendingIsNeverResentBlindlyAndWaitsForTheUser() {
        h.ats.failCreates(Fault.of(Fault.Type.LOST_BEFORE_CREATE));
        long id = h.submit(ana()).localId();
        h.runUntilIdle();

        Submission unknown = h.get(id);
        assertEquals(OUTCOME_UNKNOWN, unknown.state());
        assertNull(unknown.nextAttemptAt(), "checked: not found, so the user decides");
        assertEquals(1, h.ats.createCalls());
        assertEquals(new OutboxCounts(0, 1), h.outbox.counts());

        h.outbox.confirmNotCreated(id);
        h.runUntilIdle();
        assertEquals(CREATED, h.get(id).state());
        assertEquals(2, h.ats.createCalls());
        assertEquals(1, h.ats.applicationsFor(ana()).size());
    }

    @Test
    void connectionLostAfterTheAtsCreatedItIsSettledByAskingTheAts() {
        h.ats.failCreates(Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        long id = h.submit(ana()).localId();
        h.runUntilIdle();

        Submission s = h.get(id);
        assertEquals(CREATED, s.state());
        assertEquals(h.ats.applicationsFor(ana()).getFirst().id(), s.applicationId());
        assertEquals(List.of(QUEUED, SENDING, OUTCOME_UNKNOWN, CREATED), statesSeen(id));
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void anExistingCandidatesLostCreateIsFoundThroughTheJobsApplications() {
        CreateApplicationRequest request = SampleRequests.existingCandidate("cand-3", "job-4");
        h.ats.failCreates(Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        long id = h.submit(request).localId();
        h.runUntilIdle();

        assertEquals(CREATED, h.get(id).state());
        assertEquals(h.ats.applicationsFor(request).getFirst().id(), h.get(id).applicationId());
    }

    @Test
    void aCheckNeverClaimsAnApplicationAnotherSubmissionAlreadyHas() {
        CreateApplicationRequest request = SampleRequests.existingCandidate("cand-3", "job-4");
        long first = h.submit(request).localId();
        h.runDue();
        assertEquals(CREATED, h.get(first).state());

        h.ats.failCreates(Fault.of(Fault.Type.LOST_BEFORE_CREATE));
        long second = h.submit(request).localId();
        h.runUntilIdle();

        assertEquals(OUTCOME_UNKNOWN, h.get(second).state(), "the first one's application is not this one's");
        assertNull(h.get(second).applicationId());
    }

    @Test
    void whenTheCheckItselfCannotReachTheAtsItIsRetriedUntilItCan() {
        h.ats.failCreates(Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        h.ats.failReads(Fault.of(Fault.Type.NOT_CONNECTED), Fault.http(503));
        long id = h.submit(ana()).localId();
        h.runDue();

        Submission checking = h.get(id);
        assertEquals(OUTCOME_UNKNOWN, checking.state());
        assertNotNull(checking.nextAttemptAt(), "a check is scheduled");
        assertEquals(new OutboxCounts(1, 0), h.outbox.counts(), "being checked counts as pending, not failed");

        h.runUntilIdle();
        assertEquals(CREATED, h.get(id).state());
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void aRestartAfterTheAtsCreatedItButBeforeTheAnswerWasRecordedFindsIt() {
        h.ats.failCreates(Fault.of(Fault.Type.CRASH_AFTER_CREATE));
        long id = h.submit(ana()).localId();
        assertThrows(SimulatedCrash.class, h::runDue);
        assertEquals(SENDING, h.store.get(id).orElseThrow().state());

        h.restart();
        h.runUntilIdle();

        assertEquals(CREATED, h.get(id).state());
        assertEquals(1, h.ats.createCalls());
        assertEquals(h.ats.applicationsFor(ana()).getFirst().id(), h.get(id).applicationId());
    }

    @Test
    void aRestartMidSendWhenNothingWasCreatedLeavesTheDecisionToTheUser() {
        h.ats.failCreates(Fault.of(Fault.Type.CRASH_BEFORE_SEND));
        long id = h.submit(ana()).localId();
        assertThrows(SimulatedCrash.class, h::runDue);

        h.restart();
        h.runUntilIdle();

        assertEquals(OUTCOME_UNKNOWN, h.get(id).state());
        assertEquals("Not confirmed: checked with the ATS at 08:00, 08:02, 08:12 and 08:42 (candidate by email, "
                + "then the job's applications) and not found. Decide: send again, or mark as created.",
                h.get(id).errorMessage());
        assertEquals(1, h.ats.createCalls(), "not resent blindly after the restart");
    }

    @Test
    void aRestartDrainsWhatWasQueuedOrWaiting() {
        h.ats.failCreates(Fault.http(429, Duration.ofMinutes(2)));
        long waiting = h.submit(ana()).localId();
        h.runDue();
        long queued = h.submit(bo()).localId();

        h.restart();
        h.runDue();
        assertEquals(WAITING_TO_RETRY, h.get(waiting).state(), "the new process keeps the backoff");
        h.runUntilIdle();

        assertEquals(CREATED, h.get(waiting).state());
        assertEquals(CREATED, h.get(queued).state());
        assertEquals(2, h.ats.applications().size());
    }

    @Test
    void cancelBeforeSendingMeansItIsNeverSent() {
        h.ats.failCreates(Fault.of(Fault.Type.NOT_CONNECTED));
        long waiting = h.submit(ana()).localId();
        h.runDue();
        long queued = h.submit(bo()).localId();

        assertEquals(CANCELLED, h.outbox.cancel(waiting).state());
        assertEquals(CANCELLED, h.outbox.cancel(queued).state());
        h.runUntilIdle();

        assertEquals(1, h.ats.createCalls());
        assertTrue(h.ats.applications().isEmpty());
        assertEquals(CANCELLED, h.outbox.cancel(queued).state(), "settled: unchanged");
    }

    @Test
    void cancellingSomethingAnEarlierAttemptMayHaveCreatedChecksInsteadOfForgetting() {
        h.ats.failCreates(Fault.of(Fault.Type.CREATED_THEN_500));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(OUTCOME_UNKNOWN, h.get(id).state());

        assertEquals(OUTCOME_UNKNOWN, h.outbox.cancel(id).state());
        h.runUntilIdle();

        assertEquals(CREATED, h.get(id).state(), "it did exist: the user is told, not misled");
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void cancelInFlightCancelsTheCallAndTheUserConfirmsItWasNotCreated() throws Exception {
        h.ats.holdCreates(true);
        long id = h.submit(ana()).localId();
        CompletableFuture<Void> worker = CompletableFuture.runAsync(h::runDue);
        assertTrue(h.ats.awaitHeld(1, Duration.ofSeconds(10)), "the create reached the ATS and waits there");
        assertEquals(SENDING, h.get(id).state());

        h.outbox.cancel(id);
        worker.get(10, TimeUnit.SECONDS);

        assertTrue(h.ats.held().getFirst().answer().isCancelled());
        Submission s = h.get(id);
        assertEquals(OUTCOME_UNKNOWN, s.state(), "a cancelled call may still have reached the ATS");
        h.runUntilIdle();
        assertNull(h.get(id).nextAttemptAt(), "checked as planned, not found: the user decides");

        h.outbox.confirmNotCreated(id);
        h.runUntilIdle();
        assertEquals(CANCELLED, h.get(id).state(), "the user wanted it cancelled: not sent again");
        h.ats.release(h.ats.held().getFirst());
        assertTrue(h.ats.applications().isEmpty());
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void resubmitSendsTheEditedRequestAndRefusesSettledOnes() {
        h.ats.failCreates(Fault.http(422));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(REJECTED, h.get(id).state());

        CreateApplicationRequest edited = SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-3");
        assertEquals(QUEUED, h.outbox.resubmit(id, edited).state());
        h.runDue();

        assertEquals(CREATED, h.get(id).state());
        assertEquals("job-3", h.ats.applications().getFirst().jobId());
        assertNull(h.get(id).errorStatus());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> h.outbox.resubmit(id, edited));
        assertTrue(refused.getMessage().contains("is created"), refused.getMessage());
    }

    @Test
    void anEditKeepsTheJobTitleWhileTheJobStaysAndTakesTheNewJobsTitle() {
        h.ats.failCreates(Fault.http(422));
        long id = h.outbox.submit("p1", ana(), HistoryLabels.job("Warehouse Lead")).localId();
        h.runDue();
        assertEquals("Warehouse Lead", h.store.find(id).orElseThrow().labels().jobTitle());

        h.ats.failCreates(Fault.http(422));
        h.outbox.resubmit(id, SampleRequests.newCandidate("Ana Li", "ana.li@example.com", "job-1"));
        h.runDue();
        assertEquals("Warehouse Lead", h.store.find(id).orElseThrow().labels().jobTitle(), "same job, title kept");

        h.ats.failCreates(Fault.http(422));
        h.outbox.resubmit(id, SampleRequests.newCandidate("Ana Li", "ana.li@example.com", "job-3"));
        h.runDue();
        assertNull(h.store.find(id).orElseThrow().labels().jobTitle(), "another job: the old title would be wrong");

        h.outbox.resubmit(id, SampleRequests.newCandidate("Ana Li", "ana.li@example.com", "job-4"),
                HistoryLabels.job("Forklift Driver"));
        h.runDue();
        assertEquals("Forklift Driver", h.store.find(id).orElseThrow().labels().jobTitle());
    }

    @Test
    void anEditKeepsTheCandidatesNameOnlyWhileItIsTheSameCandidate() {
        h.ats.failCreates(Fault.http(422));
        long id = h.outbox.submit("p1", SampleRequests.existingCandidate("cand-1", "job-1"),
                new HistoryLabels("Ada Lovelace", "ada@example.com", "Analyst")).localId();
        h.runDue();

        h.ats.failCreates(Fault.http(422));
        h.outbox.resubmit(id, SampleRequests.existingCandidate("cand-1", "job-2"));
        h.runDue();
        HistoryLabels kept = h.store.find(id).orElseThrow().labels();
        assertEquals("Ada Lovelace", kept.candidateName());
        assertNull(kept.jobTitle());

        h.outbox.resubmit(id, SampleRequests.existingCandidate("cand-2", "job-2"));
        h.runDue();
        assertNull(h.store.find(id).orElseThrow().labels().candidateName(), "another candidate: history shows the id");
        assertEquals("cand-2", h.store.search(HistoryQuery.all(), 0, 1).getFirst().candidateId());
    }

    @Test
    void retryNowSendsAWaitingSubmissionWithoutWaitingForItsBackoff() {
        h.ats.failCreates(Fault.http(503));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertTrue(h.get(id).nextAttemptAt().isAfter(h.clock.instant()));

        h.outbox.retryNow(id);
        h.runDue();

        assertEquals(CREATED, h.get(id).state());
        assertEquals(OutboxHarness.START, h.clock.instant());
    }

    @Test
    void drainSendsWaitingSubmissionsNowAndCompletesWhenDone() {
        h.ats.failCreates(Fault.of(Fault.Type.NOT_CONNECTED));
        long id = h.submit(ana()).localId();
        h.runDue();

        CompletableFuture<Void> drained = h.outbox.drain();
        assertFalse(drained.isDone());
        h.runDue();

        assertTrue(drained.isDone());
        assertEquals(CREATED, h.get(id).state());
    }

    @Test
    void aSubmissionForAnAccountThatIsNotSetUpWaitsWithoutBeingSent() {
        long id = h.outbox.submit("removed-profile", ana()).localId();
        h.runUntilIdle();

        Submission s = h.get(id);
        assertEquals(WAITING_TO_RETRY, s.state());
        assertTrue(s.errorMessage().contains("removed-profile"), s.errorMessage());
        assertEquals(0, h.ats.createCalls());
    }

    @Test
    void theRateLimitSpacesOutALongQueue() {
        for (int i = 0; i < 40; i++) {
            h.submit(SampleRequests.newCandidate("Person " + i, "p" + i + "@example.com", "job-1"));
        }
        h.runUntilIdle();

        List<Application> apps = h.ats.applications();
        assertEquals(40, apps.size());
        // 600 a minute after a burst of 10: the 40th goes out no sooner than 3 s after the first.
        long firstSecond = apps.stream().filter(a -> a.createdAt().equals(apps.getFirst().createdAt())).count();
        assertEquals(10, firstSecond);
        assertTrue(Duration.between(OutboxHarness.START, h.clock.instant()).compareTo(Duration.ofSeconds(3)) >= 0);
        assertTrue(Duration.between(OutboxHarness.START, h.clock.instant()).compareTo(Duration.ofSeconds(4)) < 0);
    }

    @Test
    void listenersGetImmutableSnapshotsAndCanBeRemoved() {
        Runnable remove = h.outbox.addListener(s -> { });
        List<Submission> seen = new java.util.ArrayList<>();
        Runnable removeSeen = h.outbox.addListener(seen::add);
        long id = h.submit(ana()).localId();
        Submission snapshot = seen.getFirst();
        h.runDue();

        assertEquals(QUEUED, snapshot.state(), "a later change does not alter what a listener was given");
        assertThrows(UnsupportedOperationException.class, () -> snapshot.request().questionnaires().clear());
        removeSeen.run();
        remove.run();
        h.outbox.retryNow(id);
        h.runDue();
        assertEquals(List.of(QUEUED, SENDING, CREATED), seen.stream().map(Submission::state).toList());
    }

    @Test
    void countsListenerFollowsPendingAndFailed() {
        List<OutboxCounts> counts = new java.util.ArrayList<>();
        h.outbox.addCountsListener(counts::add);
        h.ats.failCreates(Fault.http(422));
        h.submit(ana());
        h.runDue();
        assertEquals(List.of(new OutboxCounts(1, 0), new OutboxCounts(1, 0), new OutboxCounts(0, 1)), counts);
    }

    @Test
    void theAppsOutboxRunsOnTheAppsExecutorAndIgnoresCallsAfterClosing() throws Exception {
        h.close();
        java.util.concurrent.CountDownLatch created = new java.util.concurrent.CountDownLatch(1);
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FxTaskExecutor executor = new FxTaskExecutor();
                Database database = ((dev.intake.store.OpenResult.Opened) Database.open(dir,
                java.time.Clock.systemUTC())).database()) {
            FakeAts ats = new FakeAts(java.time.Clock.systemUTC());
            SqliteOutbox outbox = SqliteOutbox.create(database, new ConnectionResolver() {
                @Override
                public String currentProfileId() {
                    return "p1";
                }

                @Override
                public java.util.Optional<dev.intake.ats.Ats> ats(String profileId) {
                    return java.util.Optional.of(ats);
                }
            }, executor);
            outbox.addListener(s -> {
                threads.add(Thread.currentThread().getName());
                if (s.state() == CREATED) {
                    created.countDown();
                }
            });
            outbox.start();
            long id = outbox.submit("p1", ana()).localId();
            assertTrue(created.await(10, TimeUnit.SECONDS));
            assertEquals(CREATED, outbox.get(id).state());
            assertTrue(threads.stream().anyMatch(name -> name.startsWith("intake-worker-")), threads.toString());

            outbox.close();
            outbox.retryNow(id);
            outbox.connectivityRestored();
            assertTrue(outbox.drain().isDone(), "a closed outbox answers at once and sends nothing");
        }
        h = new OutboxHarness(dir);
    }

    @Test
    void credentialsNeverReachTheDatabase() throws Exception {
        String apiKey = "sk_live_9f8e7d6c5b4a3210";
        // Errors as a client reports them: they name the connection, whose text masks the key.
        h.ats.describeConnectionInErrors(new AtsConnection("https://api.stackone.com", apiKey, "acct-1"));
        h.ats.failCreates(Fault.http(401), Fault.of(Fault.Type.NOT_CONNECTED), Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        long rejected = h.submit(ana()).localId();
        h.runDue();
        h.outbox.resubmit(rejected, ana());
        h.runUntilIdle();
        h.submit(bo());
        h.runUntilIdle();
        h.ats.failCreates(Fault.of(Fault.Type.NOT_CONNECTED));
        h.submit(SampleRequests.newCandidate("Cy Dune", "cy@example.com", "job-1"));
        h.runDue();
        h.close();

        byte[] everything = Stream.of(Database.FILE_NAME, Database.FILE_NAME + "-wal")
                .map(dir::resolve).filter(Files::exists).map(p -> {
                    try {
                        return Files.readAllBytes(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).reduce(new byte[0], SqliteOutboxTest::concat);
        String text = new String(everything, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("ana@example.com"), "the scan does read the stored submissions");
        assertTrue(text.contains("apiKey=***"), "the scan does read the stored error messages");
        assertFalse(text.contains(apiKey));
        assertFalse(text.contains("Authorization"));
        h = new OutboxHarness(dir);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
