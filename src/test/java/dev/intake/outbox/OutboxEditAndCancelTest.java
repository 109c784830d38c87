package dev.intake.outbox;

import static dev.intake.store.SubmissionState.CANCELLED;
import static dev.intake.store.SubmissionState.CREATED;
import static dev.intake.store.SubmissionState.OUTCOME_UNKNOWN;
import static dev.intake.store.SubmissionState.SENDING;
import static dev.intake.store.SubmissionState.WAITING_TO_RETRY;
import static dev.intake.testing.SampleRequests.ana;
import static dev.intake.testing.SampleRequests.bo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Application;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits and cancels that land while the outbox is working on the same submission. */
class OutboxEditAndCancelTest {
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

    private static CreateApplicationRequest anaForJob3() {
        return SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-3");
    }

    private List<String> jobsCreated() {
        return h.ats.applications().stream().map(Application::jobId).toList();
    }

    @Test
    void anEditLandingJustBeforeTheSendIsTheRequestSentNeverLost() {
        h.ats.failCreates(Fault.http(503));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(WAITING_TO_RETRY, h.get(id).state());

        AtomicBoolean edited = new AtomicBoolean();
        h.onConnectionLookUp = () -> {
            if (edited.compareAndSet(false, true)) {
                h.outbox.resubmit(id, anaForJob3());
            }
        };
        h.runUntilIdle();

        assertTrue(edited.get());
        assertEquals(CREATED, h.get(id).state());
        assertEquals(anaForJob3(), h.get(id).request());
        assertEquals(List.of("job-3"), jobsCreated(), "the edit was sent, the old copy never");
    }

    @Test
    void anEditOfSomethingTheAtsMayAlreadyHaveIsRefusedSayingWhy() {
        h.ats.failCreates(Fault.createdThen(504));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(OUTCOME_UNKNOWN, h.get(id).state());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> h.outbox.resubmit(id, anaForJob3()));
        assertTrue(refused.getMessage().contains("the ATS may already have it"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Wait for Intake's check with the ATS, or decide first"),
                refused.getMessage());
        assertEquals(ana(), h.get(id).request(), "unchanged");

        h.runUntilIdle();
        assertEquals(CREATED, h.get(id).state());
        assertEquals(List.of("job-1"), jobsCreated());
    }

    @Test
    void anEditOfAWaitingOneThatMayExistFromAnOlderIntakeIsRefusedToo() {
        h.ats.failCreates(Fault.http(503));
        long id = h.submit(ana()).localId();
        h.runDue();
        // As an older Intake left it: waiting to be sent again although an earlier attempt may have created it.
        h.store.transition(id, Set.of(WAITING_TO_RETRY), e -> e.mayExist(true), Instant.now());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> h.outbox.resubmit(id, anaForJob3()));
        assertTrue(refused.getMessage().contains("the ATS may already have it"), refused.getMessage());
        assertEquals(ana(), h.get(id).request());
    }

    @Test
    void aCancelBeforeAnyByteLeftIsCancelledNotUnknown() {
        long id = h.submit(ana()).localId();
        h.outbox.addListener(s -> {
            if (s.localId() == id && s.state() == SENDING) {
                h.outbox.cancel(id);
            }
        });
        h.runUntilIdle();

        assertEquals(CANCELLED, h.get(id).state());
        assertEquals(0, h.ats.createCalls(), "never sent");
        assertEquals(0, h.ats.readCalls(), "nothing to check");
    }

    @Test
    void aStaleCancelNeverCancelsALaterResubmit() {
        h.ats.failCreates(Fault.of(Fault.Type.CRASH_BEFORE_SEND));
        long id = h.submit(ana()).localId();
        assertThrows(SimulatedCrash.class, h::runDue);
        h.restartWorker();
        assertEquals(SENDING, h.get(id).state());
        // The user cancels what the stopped process was sending: it is checked, then the user confirms.
        h.outbox.cancel(id);
        h.runUntilIdle();
        assertEquals(OUTCOME_UNKNOWN, h.get(id).state());
        h.outbox.confirmNotCreated(id);
        h.runUntilIdle();
        assertEquals(CANCELLED, h.get(id).state());

        h.outbox.resubmit(id, anaForJob3());
        h.runUntilIdle();

        assertEquals(CREATED, h.get(id).state(), "the old cancel was for the old send");
        assertEquals(List.of("job-3"), jobsCreated());
    }
}
