package dev.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;

import dev.intake.ats.IsoInstant;
import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person decides about a submission the ATS could not confirm: it was created after all. */
class OutboxDecisionsTest {
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

    private long unconfirmed() {
        h.ats.failCreates(Fault.of(Fault.Type.LOST_BEFORE_CREATE));
        long id = h.submit(SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1")).localId();
        h.runUntilIdle();
        assertEquals(SubmissionState.OUTCOME_UNKNOWN, h.get(id).state());
        assertNull(h.get(id).nextAttemptAt(), "checked and not found: the person decides");
        return id;
    }

    @Test
    void markingAsCreatedSettlesItWithoutIdsAndItIsNeverSentAgain() {
        long id = unconfirmed();
        h.clock.advance(Duration.ofMinutes(3));

        Submission marked = h.outbox.confirmCreated(id);

        assertEquals(SubmissionState.CREATED, marked.state());
        assertNull(marked.applicationId());
        assertNull(marked.nextAttemptAt());
        assertEquals("Marked as created by you at " + IsoInstant.format(h.clock.instant())
                + ". Intake does not know its ATS ids.", marked.errorMessage());
        assertTrue(SqliteOutbox.markedCreatedByUser(marked));
        assertEquals(SubmissionState.CREATED, h.events.getLast().state(), "history hears of it");
        assertTrue(SubmissionJson.advice(marked).contains("you marked it as created"));
        assertEquals(0, h.outbox.pending().size());

        h.runUntilIdle();
        assertEquals(1, h.ats.createCalls(), "never sent again");
        assertEquals(SubmissionState.CREATED, h.get(id).state());
    }

    @Test
    void onlyAnUnknownOutcomeCanBeMarkedAsCreated() {
        long created = h.submit(SampleRequests.newCandidate("Bo Chen", "bo@example.com", "job-1")).localId();
        h.runUntilIdle();
        h.ats.failCreates(Fault.http(422));
        long rejected = h.submit(SampleRequests.newCandidate("Cy Dune", "cy@example.com", "job-1")).localId();
        h.runUntilIdle();

        IllegalStateException onCreated = assertThrows(IllegalStateException.class,
                () -> h.outbox.confirmCreated(created));
        assertEquals("Submission " + created + " is created: only one whose outcome is unknown can be marked as "
                + "created.", onCreated.getMessage());
        IllegalStateException onRejected = assertThrows(IllegalStateException.class,
                () -> h.outbox.confirmCreated(rejected));
        assertTrue(onRejected.getMessage().contains("is rejected"), onRejected.getMessage());
        assertEquals(SubmissionState.REJECTED, h.get(rejected).state(), "unchanged");
        assertTrue(h.get(created).applicationId() != null, "ids kept");
    }
}
