package dev.intake.outbox;

import static dev.intake.store.SubmissionState.CREATED;
import static dev.intake.store.SubmissionState.OUTCOME_UNKNOWN;
import static dev.intake.store.SubmissionState.REJECTED;
import static dev.intake.store.SubmissionState.WAITING_TO_RETRY;
import static dev.intake.testing.SampleRequests.ana;
import static dev.intake.testing.SampleRequests.bo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.store.OutboxCounts;
import dev.intake.store.Submission;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An ATS that created the application but lost the answer, and shows new records in its reads only a while later:
 * the outbox must never create the application twice unless a person decided so.
 */
class OutboxSettleTest {
    private static final Instant START = OutboxHarness.START;

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

    @ParameterizedTest
    @ValueSource(ints = {408, 500, 502, 504})
    void createdButAnsweredWithAnErrorAndShownOnlyLaterIsFoundNotSentTwice(int status) {
        h.ats.readLag(Duration.ofSeconds(25)).failCreates(Fault.createdThen(status));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(OUTCOME_UNKNOWN, h.get(id).state());

        // The user's "send now" and a drain two seconds later neither check early nor send again.
        h.clock.advance(Duration.ofSeconds(2));
        h.outbox.retryNow(id);
        h.outbox.drain();
        h.runDue();
        assertEquals(0, h.ats.readCalls(), "no look-up before the settle delay");
        assertEquals(START.plus(SettleSchedule.FIRST_CHECK), h.get(id).nextAttemptAt());

        h.runUntilIdle();
        assertEquals(CREATED, h.get(id).state());
        assertEquals(1, h.ats.createCalls());
        assertEquals(1, h.ats.applicationsFor(ana()).size());
        assertEquals(START.plus(SettleSchedule.FIRST_CHECK), h.clock.instant(), "found by the first check");
    }

    @Test
    void aSlowlyIndexingAtsIsCheckedAgainWithGrowingGapsUntilItShowsIt() {
        h.ats.readLag(Duration.ofMinutes(5)).failCreates(Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        long id = h.submit(ana()).localId();
        h.runDue();

        h.scheduler.advanceToNext();
        h.runDue();
        assertEquals(START.plusSeconds(30), h.clock.instant());
        Submission afterFirstMiss = h.get(id);
        assertEquals(OUTCOME_UNKNOWN, afterFirstMiss.state());
        assertEquals(START.plusSeconds(30).plus(Duration.ofMinutes(2)), afterFirstMiss.nextAttemptAt());
        assertTrue(afterFirstMiss.errorMessage().startsWith("Not in the ATS yet when checked at 08:00"),
                afterFirstMiss.errorMessage());
        assertTrue(afterFirstMiss.errorMessage().contains("checked again at 08:02"), afterFirstMiss.errorMessage());

        h.runUntilIdle();
        assertEquals(CREATED, h.get(id).state());
        assertEquals(START.plusSeconds(30).plus(Duration.ofMinutes(12)), h.clock.instant(),
                "the third check, 12.5 minutes after sending, sees it");
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void theChecksMadeSurviveARestartAndTheLastOneLeavesItToAPerson() {
        h.ats.failCreates(Fault.of(Fault.Type.LOST_BEFORE_CREATE));
        long id = h.submit(ana()).localId();
        h.runDue();
        h.scheduler.advanceToNext();
        h.runDue();
        h.scheduler.advanceToNext();
        h.runDue();
        assertEquals(START.plusSeconds(30).plus(Duration.ofMinutes(12)), h.get(id).nextAttemptAt(),
                "two checks made; the third is 10 minutes after the second");

        h.restart();
        h.runUntilIdle();

        Submission s = h.get(id);
        assertEquals(OUTCOME_UNKNOWN, s.state());
        assertNull(s.nextAttemptAt(), "no check left: needs a person's decision");
        assertEquals("Not confirmed: checked with the ATS at 08:00, 08:02, 08:12 and 08:42 (candidate by email, "
                + "then the job's applications) and not found. Decide: send again, or mark as created.",
                s.errorMessage());
        assertEquals(new OutboxCounts(0, 1), h.outbox.counts(), "shown as needing attention");
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void checkAgainNowOnAnUnconfirmedOneIsACheckNeverASend() {
        h.ats.readLag(Duration.ofHours(1)).failCreates(Fault.createdThen(504));
        long id = h.submit(ana()).localId();
        h.runUntilIdle();
        assertNull(h.get(id).nextAttemptAt());
        int reads = h.ats.readCalls();

        h.clock.advance(Duration.ofMinutes(30));
        h.outbox.retryNow(id);
        h.runDue();

        assertEquals(CREATED, h.get(id).state(), "the ATS shows it now");
        assertTrue(h.ats.readCalls() > reads);
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void aProcessKilledMidSendIsCheckedOnlyAfterTheSettleDelayFromItsSend() {
        h.ats.readLag(Duration.ofSeconds(20)).failCreates(Fault.of(Fault.Type.CRASH_AFTER_CREATE));
        long id = h.submit(ana()).localId();
        try {
            h.runDue();
        } catch (SimulatedCrash expected) {
            // The process died after the ATS created it.
        }
        h.clock.advance(Duration.ofSeconds(3));
        h.restart();
        h.outbox.drain();
        h.runDue();
        assertEquals(OUTCOME_UNKNOWN, h.get(id).state());
        assertEquals(START.plus(SettleSchedule.FIRST_CHECK), h.get(id).nextAttemptAt(),
                "the settle delay counts from the send, and a drain does not shorten it");
        assertEquals(0, h.ats.readCalls());

        h.runUntilIdle();
        assertEquals(CREATED, h.get(id).state());
        assertEquals(1, h.ats.createCalls());
    }

    @Test
    void aRetryAfterIsNeverShortenedByADrainOrSendNow() {
        h.ats.failCreates(Fault.http(429, Duration.ofSeconds(20)));
        long id = h.submit(ana()).localId();
        h.runDue();
        assertEquals(WAITING_TO_RETRY, h.get(id).state());

        h.clock.advance(Duration.ofSeconds(5));
        h.outbox.retryNow(id);
        h.outbox.drain();
        h.runDue();
        assertEquals(1, h.ats.createCalls(), "the ATS asked for 20 seconds");

        h.runUntilIdle();
        assertEquals(CREATED, h.get(id).state());
        assertTrue(!h.clock.instant().isBefore(START.plusSeconds(20)));
    }

    @Test
    void oneSubmissionWhoseAnswerWasLostDoesNotHoldUpTheNextApplicant() {
        h.ats.failCreates(Fault.http(504));
        long first = h.submit(ana()).localId();
        long second = h.submit(bo()).localId();

        h.runDue();

        assertEquals(OUTCOME_UNKNOWN, h.get(first).state());
        assertEquals(CREATED, h.get(second).state(), "sent in the same pass, at once");
        assertEquals(START, h.clock.instant());
    }

    @Test
    void aTimeoutOnOneUploadDoesNotHoldUpTheNextApplicant() {
        h.ats.failCreates(Fault.of(Fault.Type.LOST_BEFORE_CREATE));
        long first = h.submit(ana()).localId();
        long second = h.submit(bo()).localId();

        h.runDue();

        assertEquals(OUTCOME_UNKNOWN, h.get(first).state());
        assertEquals(CREATED, h.get(second).state());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 412, 422, 501})
    void aRefusalIsNotCreatedAndNeverResentByItself(int status) {
        h.ats.failCreates(Fault.http(status));
        long id = h.submit(ana()).localId();
        h.runUntilIdle();

        assertEquals(REJECTED, h.get(id).state());
        assertEquals(status, h.get(id).errorStatus());
        assertEquals(1, h.ats.createCalls());
        assertEquals(0, h.ats.readCalls(), "nothing to check: a refusal creates nothing");
    }

    @Test
    void everyStatusTheCreateEndpointDocumentsHasADeliberateClass() {
        assertEquals(CreateFailure.ATS_BUSY, CreateFailure.ofStatus(429));
        assertEquals(CreateFailure.ATS_BUSY, CreateFailure.ofStatus(503));
        for (int refused : new int[] {400, 401, 403, 404, 409, 412, 422, 501}) {
            assertEquals(CreateFailure.REFUSED, CreateFailure.ofStatus(refused), "status " + refused);
        }
        for (int uncertain : new int[] {408, 500, 502, 504}) {
            assertEquals(CreateFailure.MAY_HAVE_CREATED, CreateFailure.ofStatus(uncertain), "status " + uncertain);
        }
    }

    @Test
    void aListThatRepeatsItsCursorEndsTheCheckAsCannotTellNeverAsNotFound() {
        h.ats.paging(FakeAts.Paging.REPEATED_CURSOR).failCreates(Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        long id = h.submit(ana()).localId();
        h.runDue();
        h.scheduler.advanceToNext();
        h.runDue();

        Submission s = h.get(id);
        assertEquals(OUTCOME_UNKNOWN, s.state());
        assertTrue(s.errorMessage().contains("could not tell: the ATS gave the same page cursor twice"),
                s.errorMessage());
        assertEquals(2, h.ats.readCalls(), "stopped at the first repeated cursor");

        h.runUntilIdle();
        assertTrue(h.get(id).errorMessage().startsWith("Not confirmed"), h.get(id).errorMessage());
        assertEquals(1, h.ats.createCalls(), "never resent");
    }

    @Test
    void aListThatNeverEndsIsWalkedAtMostTwentyPages() {
        h.ats.paging(FakeAts.Paging.ENDLESS).failCreates(Fault.of(Fault.Type.CREATED_THEN_DROPPED));
        long id = h.submit(ana()).localId();
        h.runDue();
        h.scheduler.advanceToNext();
        h.runDue();

        assertEquals(OutcomeChecker.MAX_PAGES, h.ats.readCalls());
        assertTrue(h.get(id).errorMessage().contains("more than 20 pages"), h.get(id).errorMessage());
        assertEquals(OUTCOME_UNKNOWN, h.get(id).state());
        assertEquals(1, h.ats.createCalls());
    }
}
