package dev.intake.outbox;

import static dev.intake.store.SubmissionState.ALREADY_IN_ATS;
import static dev.intake.store.SubmissionState.CREATED;
import static dev.intake.store.SubmissionState.OUTCOME_UNKNOWN;
import static dev.intake.store.SubmissionState.QUEUED;
import static dev.intake.store.SubmissionState.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Application;
import dev.intake.store.FollowUpState;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visitor captured twice at a fair ("same person?" yes): the second submission follows the first, so an ATS whose
 * lists show new records only after a while never gets the person twice.
 */
class OutboxSameCandidateTest {
    private static final String EMAIL = "mara@example.com";

    @TempDir
    Path dir;
    private OutboxHarness h;

    @BeforeEach
    void open() {
        h = new OutboxHarness(dir);
        // Lists and searches show nothing new for two days; a create with a new candidate always makes one.
        h.ats.readLag(Duration.ofDays(2)).newCandidateOnEveryCreate();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private long capture(String key, String jobId, String note, String sameAs) {
        return h.outbox.submit(OutboxHarness.PROFILE, SampleRequests.newCandidate("Mara Voss", EMAIL, jobId),
                HistoryLabels.NONE, new SubmitOptions("event:fair-1", key, note, true, List.of(), sameAs))
                .submission().localId();
    }

    private void offline() {
        h.ats.plan(call -> OutboxTestKit.notConnected());
    }

    private void backOnline() {
        h.ats.plan(null);
        h.outbox.connectivityRestored();
        h.runUntilIdle();
    }

    @Test
    void capturedOfflineOnAnotherJobTheSamePersonIsOneCandidateWithAnApplicationPerJob() {
        offline();
        long first = capture("fair-1#1", "job-1", "First visit", null);
        long second = capture("fair-1#2", "job-2", "Came back for the other job", "fair-1#1");
        h.runDue();
        assertEquals(0, h.ats.applications().size(), "offline: both wait");

        backOnline();

        assertEquals(1, h.ats.candidatesWithEmail(EMAIL), "one candidate, however late the ATS lists them");
        Submission a = h.get(first);
        Submission b = h.get(second);
        assertEquals(CREATED, a.state());
        assertEquals(CREATED, b.state());
        assertNotEquals(a.applicationId(), b.applicationId());
        List<Application> apps = h.ats.applications();
        assertEquals(2, apps.size(), "one application per job");
        assertEquals(apps.get(0).candidateId(), apps.get(1).candidateId());
        assertEquals(List.of("job-1", "job-2"), apps.stream().map(Application::jobId).toList());
        assertEquals(List.of("First visit"), h.ats.notesOn(a.applicationId()));
        assertEquals(List.of("Came back for the other job"), h.ats.notesOn(b.applicationId()));
        assertEquals(FollowUpState.SENT, b.noteState());
    }

    @Test
    void capturedOfflineOnTheSameJobTheSecondNoteGoesOntoTheFirstApplicationAndNothingIsCreatedTwice() {
        offline();
        long first = capture("fair-1#1", "job-1", "First visit", null);
        long second = capture("fair-1#2", "job-1", "Brought a portfolio", "fair-1#1");
        h.runDue();

        backOnline();

        assertEquals(1, h.ats.createCalls(), "one create for one person on one job");
        assertEquals(1, h.ats.candidatesWithEmail(EMAIL));
        Submission a = h.get(first);
        Submission b = h.get(second);
        assertEquals(CREATED, a.state());
        assertEquals(ALREADY_IN_ATS, b.state());
        assertEquals(a.applicationId(), b.applicationId(), "the second visit is on the first application");
        assertTrue(b.errorMessage().contains("submission " + first), b.errorMessage());
        assertEquals(List.of("First visit", "Brought a portfolio"), h.ats.notesOn(a.applicationId()));
        assertEquals(FollowUpState.SENT, b.noteState());
        assertEquals(List.of(), h.outbox.pending());
    }

    @Test
    void whileTheFirstMayHaveBeenCreatedTheSecondWaitsAndSaysSoThenFollowsIt() {
        h.ats.failCreates(Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        long first = capture("fair-1#1", "job-1", null, null);
        long second = capture("fair-1#2", "job-2", null, "fair-1#1");
        h.runDue();

        assertEquals(OUTCOME_UNKNOWN, h.get(first).state());
        Submission waiting = h.get(second);
        assertEquals(QUEUED, waiting.state());
        assertTrue(waiting.errorMessage().contains("submission " + first), waiting.errorMessage());
        assertEquals(1, h.ats.createCalls(), "the second is not sent while the first is unsettled");

        h.ats.readLag(Duration.ZERO); // the check finds the first one
        h.runUntilIdle();

        assertEquals(CREATED, h.get(first).state());
        assertEquals(CREATED, h.get(second).state());
        assertEquals(1, h.ats.candidatesWithEmail(EMAIL));
        assertEquals(2, h.ats.applications().size());
    }

    @Test
    void whenTheFirstIsRefusedTheSecondGoesOnAsAnyOther() {
        long first = capture("fair-1#1", "job-closed", null, null);
        long second = capture("fair-1#2", "job-1", "Also likes job 1", "fair-1#1");
        h.runUntilIdle();

        assertEquals(REJECTED, h.get(first).state());
        Submission b = h.get(second);
        assertEquals(CREATED, b.state());
        assertEquals(null, b.errorMessage());
        assertEquals(List.of("Also likes job 1"), h.ats.notesOn(b.applicationId()));
        assertEquals(1, h.ats.candidatesWithEmail(EMAIL));
    }

    @Test
    void aKeyThisOutboxDoesNotHoldIsSentAsAnyOther() {
        long id = capture("fair-1#2", "job-1", null, "fair-9#1");
        h.runUntilIdle();

        assertEquals(CREATED, h.get(id).state());
    }

    @Test
    void oneSentToAnotherAccountIsNotWaitedFor() {
        h.unavailableReasons.put("p2", "p2 is not set up here");
        h.outbox.submit("p2", SampleRequests.newCandidate("Mara Voss", EMAIL, "job-1"), HistoryLabels.NONE,
                new SubmitOptions("event:fair-1", "fair-1#1", null, true, List.of()));
        long id = capture("fair-1#2", "job-2", null, "fair-1#1");
        h.runUntilIdle();

        assertEquals(CREATED, h.get(id).state(), "its ATS knows nothing of the other account's");
    }

    @Test
    void aFailedReadOfTheFirstApplicationDelaysTheSecondAndIsNeverSkipped() {
        long first = capture("fair-1#1", "job-1", null, null);
        h.runDue();
        assertEquals(CREATED, h.get(first).state());
        h.ats.failReads(OutboxTestKit.httpError(500));
        long second = capture("fair-1#2", "job-2", null, "fair-1#1");
        h.runDue();

        assertEquals(dev.intake.store.SubmissionState.WAITING_TO_RETRY, h.get(second).state());
        assertEquals(1, h.ats.createCalls(), "not sent without the first one's candidate");

        h.runUntilIdle();

        assertEquals(CREATED, h.get(second).state());
        assertEquals(1, h.ats.candidatesWithEmail(EMAIL));
    }
}
