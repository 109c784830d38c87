package dev.intake.outbox;

import static dev.intake.store.SubmissionState.CREATED;
import static dev.intake.testing.SampleRequests.ana;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.store.DocumentUpload;
import dev.intake.store.FollowUp;
import dev.intake.store.FollowUpState;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note and documents that go after a create: each on its own, never a reason to send the application again. */
class OutboxFollowUpTest {
    private static final String NOTE = "Met at the booth; interested in night shifts.";

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

    private Submission submit(List<DocumentUpload> documents) {
        return h.outbox.submit(OutboxHarness.PROFILE, ana(), HistoryLabels.NONE,
                new SubmitOptions("event:fair-1", null, NOTE, false, documents)).submission();
    }

    private static DocumentUpload cv(String name) {
        return new DocumentUpload(name, "pdf", null, ("%PDF " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theNoteIsPostedOnTheCreatedApplication() {
        long id = submit(List.of()).localId();
        h.runDue();

        Submission done = h.get(id);
        assertEquals(CREATED, done.state());
        assertEquals(List.of(NOTE), h.ats.notesOn(done.applicationId()));
        assertEquals(new FollowUp(NOTE, FollowUpState.SENT, null, null), done.note());
    }

    @Test
    void documentsGoAfterTheNoteInOrderAndTheirBytesAreDroppedOnceUploaded() {
        long id = submit(List.of(cv("cv.pdf"), cv("cover.pdf"))).localId();
        h.runDue();

        Submission done = h.get(id);
        assertEquals(List.of("cv.pdf", "cover.pdf"), h.ats.documentsOn(done.applicationId()));
        assertEquals(List.of(new FollowUp("cv.pdf", FollowUpState.SENT, null, null),
                new FollowUp("cover.pdf", FollowUpState.SENT, null, null)), done.documents());
        assertEquals(List.of(), h.store.documents().pending(id));
        assertEquals(0, h.database.<Integer>read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT sum(length(content)) FROM submission_documents")) {
                return rs.getInt(1);
            }
        }), "the CV is not kept once the ATS has it");
    }

    @Test
    void aBusyAtsDelaysTheNoteUntilItsRetryAfterAndTheApplicationIsNeverResent() {
        h.ats.failFollowUps(Fault.http(429, Duration.ofSeconds(30)));
        long id = submit(List.of(cv("cv.pdf"))).localId();
        h.runDue();

        Submission waiting = h.get(id);
        assertEquals(CREATED, waiting.state());
        assertEquals(FollowUpState.PENDING, waiting.noteState());
        assertEquals(429, waiting.note().errorStatus(), "the reason shows while it waits");
        assertEquals(List.of(), h.ats.documentsOn(waiting.applicationId()), "documents wait for the note");
        h.clock.advance(Duration.ofSeconds(29));
        h.runDue();
        assertEquals(1, h.ats.followUpCalls(), "not before the ATS's Retry-After");

        h.runUntilIdle();

        assertEquals(List.of(NOTE), h.ats.notesOn(waiting.applicationId()));
        assertEquals(List.of("cv.pdf"), h.ats.documentsOn(waiting.applicationId()));
        assertEquals(new FollowUp(NOTE, FollowUpState.SENT, null, null), h.get(id).note());
        assertEquals(1, h.ats.createCalls(), "a note never makes the application be sent again");
    }

    @Test
    void aRefusedNoteFailsWithTheAtsMessageAndTheDocumentsStillGo() {
        h.ats.failFollowUps(Fault.http(422));
        long id = submit(List.of(cv("cv.pdf"))).localId();
        h.runUntilIdle();

        Submission done = h.get(id);
        assertEquals(new FollowUp(NOTE, FollowUpState.FAILED, 422, "Scripted 422"), done.note());
        assertEquals(List.of("cv.pdf"), h.ats.documentsOn(done.applicationId()));
        assertEquals(1, h.ats.createCalls());
        assertEquals(2, h.ats.followUpCalls(), "a refusal is not tried again");
    }

    @Test
    void aNoteWhoseAnswerWasLostIsSentAgainAndTheApplicationIsNot() {
        h.ats.failFollowUps(Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        long id = submit(List.of()).localId();
        h.runDue();
        assertEquals(FollowUpState.PENDING, h.get(id).noteState());

        h.runUntilIdle();

        Submission done = h.get(id);
        assertEquals(FollowUpState.SENT, done.noteState());
        assertEquals(List.of(NOTE, NOTE), h.ats.notesOn(done.applicationId()),
                "a duplicate note rather than a lost one");
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void withoutANetworkTheNoteWaitsAndGoesOnceItIsBack() {
        h.ats.failFollowUps(Fault.of(Fault.Type.NOT_CONNECTED), Fault.of(Fault.Type.NOT_CONNECTED));
        long id = submit(List.of()).localId();
        h.runDue();
        assertEquals(FollowUpState.PENDING, h.get(id).noteState());

        h.runUntilIdle();

        assertEquals(FollowUpState.SENT, h.get(id).noteState());
        assertEquals(List.of(NOTE), h.ats.notesOn(h.get(id).applicationId()));
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void aNoteStillToSendSurvivesARestart() {
        h.ats.failFollowUps(Fault.http(503, Duration.ofMinutes(2)));
        long id = submit(List.of(cv("cv.pdf"))).localId();
        h.runDue();
        h.restart();
        h.clock.advance(Duration.ofMinutes(3));

        h.runUntilIdle();

        Submission done = h.get(id);
        assertEquals(FollowUpState.SENT, done.noteState());
        assertEquals(List.of("cv.pdf"), h.ats.documentsOn(done.applicationId()));
        assertTrue(h.ats.createCalls() == 1, "the restart sent nothing twice");
    }
}
