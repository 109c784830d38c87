package dev.intake.outbox;

import static dev.intake.store.SubmissionState.ALREADY_IN_ATS;
import static dev.intake.store.SubmissionState.CREATED;
import static dev.intake.store.SubmissionState.WAITING_TO_RETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.intake.ats.Application;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.store.FollowUpState;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reusing a candidate the ATS already knows by email, and never applying them twice to one job. */
class OutboxCandidateReuseTest {
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

    private Submission submitReusing(CreateApplicationRequest request, String note) {
        return h.outbox.submit(OutboxHarness.PROFILE, request, HistoryLabels.NONE,
                new SubmitOptions("event:fair-1", null, note, true)).submission();
    }

    @Test
    void aCandidateFoundByEmailIsReusedAndWhatWasTypedIsKept() {
        CreateApplicationRequest typed = SampleRequests.newCandidate("Existing Three", "Existing-3@example.com",
                "job-1");
        long id = submitReusing(typed, null).localId();
        h.runDue();

        Submission done = h.get(id);
        assertEquals(CREATED, done.state());
        Application app = h.ats.applications().getFirst();
        assertEquals("cand-3", app.candidateId(), "sent with the found candidate's id");
        assertEquals(done.applicationId(), app.id());
        assertEquals(typed, done.request(), "the request as typed is kept");
    }

    @Test
    void aCandidateAlreadyOnTheJobSettlesAsAlreadyInTheAtsAndTheNoteGoesOntoThatApplication() {
        h.submit(SampleRequests.existingCandidate("cand-4", "job-1"));
        h.runDue();
        Application earlier = h.ats.applications().getFirst();

        long id = submitReusing(SampleRequests.newCandidate("Existing Four", "existing-4@example.com", "job-1"),
                "Came by again").localId();
        h.runUntilIdle();

        Submission settled = h.get(id);
        assertEquals(ALREADY_IN_ATS, settled.state());
        assertEquals(earlier.id(), settled.applicationId());
        assertEquals(1, h.ats.createCalls(), "never created again");
        assertEquals(List.of("Came by again"), h.ats.notesOn(earlier.id()));
        assertEquals(FollowUpState.SENT, settled.noteState());
        assertEquals(List.of(), h.outbox.pending(), "settled: nothing is left to send");
    }

    @Test
    void theSameCandidateOnAnotherJobIsSentWithTheirId() {
        h.submit(SampleRequests.existingCandidate("cand-5", "job-1"));
        h.runDue();

        long id = submitReusing(SampleRequests.newCandidate("Existing Five", "existing-5@example.com", "job-2"),
                null).localId();
        h.runDue();

        assertEquals(CREATED, h.get(id).state());
        assertEquals("cand-5", h.ats.applications().getLast().candidateId());
        assertEquals("job-2", h.ats.applications().getLast().jobId());
    }

    @Test
    void nobodyFoundSendsANewCandidate() {
        long id = submitReusing(SampleRequests.newCandidate("Nia Obi", "nia@example.com", "job-1"), null).localId();
        h.runDue();

        assertEquals(CREATED, h.get(id).state());
        assertNotEquals(null, h.ats.applications().getFirst().candidateId());
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void aFailedLookUpDelaysTheSendAndIsNeverSkipped() {
        h.ats.failReads(OutboxTestKit.notConnected());
        long id = submitReusing(SampleRequests.newCandidate("Existing Six", "existing-6@example.com", "job-1"),
                null).localId();
        h.runDue();

        Submission waiting = h.get(id);
        assertEquals(WAITING_TO_RETRY, waiting.state());
        assertEquals(0, h.ats.createCalls(), "not sent without the look-up");

        h.runUntilIdle();

        assertEquals(CREATED, h.get(id).state());
        assertEquals("cand-6", h.ats.applications().getFirst().candidateId(), "the look-up was made after all");
    }

    @Test
    void anEditedRequestIsLookedUpAgainForItsNewEmail() {
        long id = submitReusing(SampleRequests.newCandidate("Existing Seven", "existing-7@example.com",
                "job-closed"), null).localId();
        h.runDue();
        assertEquals(dev.intake.store.SubmissionState.REJECTED, h.get(id).state());

        h.outbox.resubmit(id, SampleRequests.newCandidate("Nia Obi", "nia@example.com", "job-1"));
        h.runDue();

        assertEquals(CREATED, h.get(id).state());
        assertNotEquals("cand-7", h.ats.applications().getFirst().candidateId(),
                "the candidate found for the old email is not the edited one's");
    }
}
