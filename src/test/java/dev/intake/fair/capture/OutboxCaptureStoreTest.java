package dev.intake.fair.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Ats;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.RateLimiter;
import dev.intake.outbox.RetryPolicy;
import dev.intake.outbox.Scheduler;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.store.Database;
import dev.intake.store.FairEvent;
import dev.intake.store.OpenResult;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import dev.intake.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Captures through the real outbox on SQLite, offline as at a booth without network. */
class OutboxCaptureStoreTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-14T09:30:00Z"));
    private final FairEvent event = new FairEvent("ev-berlin", "Berlin Tech Fair", LocalDate.of(2026, 5, 14), null,
            "Job fair", List.of(), "active", "We keep your details.", true, Period.ofDays(30), null, null);
    private Database database;
    private SqliteOutbox outbox;

    private OutboxCaptureStore open() {
        OpenResult result = Database.open(dir, clock);
        database = assertInstanceOf(OpenResult.Opened.class, result).database();
        ConnectionResolver offline = new ConnectionResolver() {
            @Override
            public String currentProfileId() {
                return "p1";
            }

            @Override
            public Optional<Ats> ats(String profileId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> unavailableReason(String profileId) {
                return Optional.of("offline");
            }
        };
        List<Runnable> never = new ArrayList<>();
        Scheduler parked = new Scheduler() {
            @Override
            public void execute(Runnable task) {
                never.add(task);
            }

            @Override
            public TaskExecutor.Cancellable schedule(Duration delay, Runnable task) {
                never.add(task);
                return () -> never.remove(task);
            }
        };
        outbox = new SqliteOutbox(new SubmissionStore(database), offline, parked, clock,
                RetryPolicy.standard(new SplittableRandom(1)), new RateLimiter(600, 10, clock));
        return new OutboxCaptureStore(outbox, event, FairJobs.ALL, "p1", Messages.load());
    }

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private Capture ada(String id, Path document) {
        return new Capture(id, "ev-berlin", clock.instant(), "Ada", "Lovelace", "ada@example.com", "+44 7700 900123",
                FairJobs.BACKEND, 3, "Knows Rust", true, null, document);
    }

    @Test
    void aCaptureIsOneKeyedSubmissionOfTheEventWithItsNoteAndSurvivesARestart() throws Exception {
        Path cv = Files.write(dir.resolve("Ada CV.pdf"), new byte[] {1, 2, 3});
        open().save(ada("cap-1", cv));
        outbox.close();
        database.close();

        OutboxCaptureStore again = open();
        List<Submission> stored = outbox.byOrigin("event:ev-berlin");
        assertEquals(1, stored.size(), "written before anything is sent: a restart finds it");
        Submission submission = stored.getFirst();
        assertEquals("cap-1", submission.onceKey());
        assertEquals("job-1", submission.request().jobId());
        assertEquals("Job fair", submission.request().source().name());
        assertEquals("active", submission.request().applicationStatus().value());
        assertEquals("ada@example.com", submission.request().candidate().email());
        assertEquals("+44 7700 900123", submission.request().candidate().phoneNumbers().getFirst().phone());
        assertTrue(submission.noteText().contains("Met at Berlin Tech Fair."));
        assertTrue(submission.noteText().contains("Rating at the booth: 3 of 4."));
        assertTrue(submission.noteText().contains("Consent given"));
        assertTrue(submission.noteText().endsWith("Knows Rust"));
        assertEquals(1, submission.documents().size());
        assertEquals(SubmissionState.QUEUED, submission.state());
        assertEquals(List.of(new EarlierCapture("cap-1", "Ada Lovelace", "ada@example.com", "Backend Engineer",
                submission.createdAt())), again.captured("ev-berlin"));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(cv));
    }

    @Test
    void savingTheSameCaptureAgainStoresNothingNew() {
        OutboxCaptureStore store = open();
        store.save(ada("cap-1", null));
        store.save(ada("cap-1", null));
        assertEquals(1, outbox.byOrigin("event:ev-berlin").size());
        assertEquals(new CaptureCounts(1, 1, 0), store.counts("ev-berlin"));
    }

    @Test
    void theSamePersonAgainIsOneVisitorWithTwoSubmissions() {
        OutboxCaptureStore store = open();
        store.save(ada("cap-1", null));
        Capture again = new Capture("cap-2", "ev-berlin", clock.instant(), "Ada", "Lovelace", "ADA@example.com",
                null, FairJobs.NURSE, 0, null, true, "cap-1", null);
        store.save(again);
        assertEquals(new CaptureCounts(1, 2, 0), store.counts("ev-berlin"));
        assertTrue(outbox.byOnceKey("cap-2").orElseThrow().noteText().contains("Came to the booth again"));
        SubmissionStore submissions = new SubmissionStore(database);
        assertEquals("cap-1", submissions.byOnceKey("cap-2").orElseThrow().sameCandidateAs(),
                "sent after the first capture, onto its candidate");
        assertEquals(null, submissions.byOnceKey("cap-1").orElseThrow().sameCandidateAs());
    }
}
