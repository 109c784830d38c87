package dev.intake.outbox;

import static dev.intake.store.SubmissionState.CREATED;
import static dev.intake.testing.SampleRequests.ana;
import static dev.intake.testing.SampleRequests.bo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submissions with an origin and a once-only key: an import or a kiosk run twice never stores a row twice. */
class OutboxKeyedSubmitTest {
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

    private Submitted submit(String key, String origin) {
        return h.outbox.submit(OutboxHarness.PROFILE, ana(), HistoryLabels.NONE,
                new SubmitOptions(origin, key, "Met at the booth", false));
    }

    @Test
    void aSecondSubmitWithTheSameKeyStoresNothingAndAnswersTheStoredSubmission() {
        Submitted first = submit("import:staff.csv#row-2", "import:staff.csv");
        assertFalse(first.alreadyKnown());
        h.runDue();
        assertEquals(1, h.ats.createCalls());

        Submitted again = submit("import:staff.csv#row-2", "import:staff.csv");

        assertTrue(again.alreadyKnown());
        assertEquals(first.submission().localId(), again.submission().localId());
        assertEquals(CREATED, again.submission().state(), "the stored submission as it stands now");
        h.runDue();
        assertEquals(1, h.ats.createCalls(), "nothing was sent twice");
        assertEquals(1, h.outbox.byOrigin("import:staff.csv").size());
    }

    @Test
    void theKeyOriginAndNoteAreStoredWithTheSubmissionAndSurviveARestart() {
        Submission stored = submit("event:fair-1#badge-77", "event:fair-1").submission();
        h.restart();

        Submission reread = h.outbox.byOnceKey("event:fair-1#badge-77").orElseThrow();
        assertEquals(stored.localId(), reread.localId());
        assertEquals("event:fair-1", reread.origin());
        assertEquals("event:fair-1#badge-77", reread.onceKey());
        assertEquals("Met at the booth", reread.noteText());
        assertEquals(Optional.empty(), h.outbox.byOnceKey("event:fair-1#badge-78"));
    }

    @Test
    void byOriginListsThatOriginOnlyOldestFirst() {
        Submission one = submit("a", "import:one.csv").submission();
        h.outbox.submit(OutboxHarness.PROFILE, bo(), HistoryLabels.NONE, new SubmitOptions("import:two.csv", "b",
                null, false));
        Submission three = submit("c", "import:one.csv").submission();
        h.submit(ana());

        assertEquals(List.of(one.localId(), three.localId()), h.outbox.byOrigin("import:one.csv").stream()
                .map(Submission::localId).toList());
        assertEquals(List.of(), h.outbox.byOrigin("import:none.csv"));
    }

    @Test
    void submissionsWithoutAKeyAreNeverMerged() {
        h.outbox.submit(OutboxHarness.PROFILE, ana(), HistoryLabels.NONE, new SubmitOptions("o", null, null, false));
        h.outbox.submit(OutboxHarness.PROFILE, ana(), HistoryLabels.NONE, new SubmitOptions("o", null, null, false));
        assertEquals(2, h.outbox.byOrigin("o").size(), "without a key, two submits are two submissions");
    }

    @Test
    void concurrentSubmitsWithTheSameKeyStoreOneSubmission() throws Exception {
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Submitted>> tasks = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            tasks.add(() -> {
                start.await();
                return submit("kiosk:tablet-3#42", "event:fair-1");
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Submitted>> futures = new ArrayList<>();
            for (Callable<Submitted> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Submitted> results = new ArrayList<>();
            for (Future<Submitted> future : futures) {
                results.add(future.get());
            }
            assertEquals(1, results.stream().filter(r -> !r.alreadyKnown()).count(), "exactly one caller stored it");
            assertEquals(1, results.stream().map(r -> r.submission().localId()).distinct().count(),
                    "every caller got the same submission");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, h.outbox.byOrigin("event:fair-1").size());
        h.runDue();
        assertEquals(1, h.ats.createCalls());
    }
}
