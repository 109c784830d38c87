package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person watching a long import sees on standard error. */
class ImportProgressTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-14T09:00:00Z"));
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ImportProgress progress = new ImportProgress(new PrintStream(err, true, StandardCharsets.UTF_8),
            clock, "leads.csv", s -> s.localId() < 100);

    private static Submission submission(long id, SubmissionState state) {
        return new Submission(id, "sandbox", null, null, null, state, 0, null, null, null, null, null, null);
    }

    private List<String> lines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void countsAndTimeLeftAtThePaceSoFarAtMostOnceASecond() {
        progress.start(10);
        progress.alreadyDone(submission(1, SubmissionState.CREATED));
        progress.changed(submission(2, SubmissionState.QUEUED));
        clock.advance(Duration.ofSeconds(2));
        progress.changed(submission(2, SubmissionState.CREATED));
        progress.changed(submission(3, SubmissionState.REJECTED));
        clock.advance(Duration.ofMillis(1000));
        progress.changed(submission(4, SubmissionState.CREATED));
        progress.changed(submission(500, SubmissionState.CREATED));

        assertEquals(List.of(
                "leads.csv: 1 of 10 rows done (0 created, 0 not created), 9 to go, time left not known yet.",
                "leads.csv: 2 of 10 rows done (1 created, 0 not created), 8 to go, about 16 s left.",
                "leads.csv: 4 of 10 rows done (2 created, 1 not created), 6 to go, about 6 s left."), lines(),
                "another import's submission (500) is not counted; a row an earlier import sent counts as done");
    }

    @Test
    void theLastCountIsPrintedFromTheRowsAsTheyEnded() {
        progress.start(2);
        progress.changed(submission(1, SubmissionState.QUEUED));

        progress.finish(List.of(submission(1, SubmissionState.CREATED), submission(2, SubmissionState.OUTCOME_UNKNOWN)));

        assertEquals("leads.csv: 2 of 2 rows done (1 created, 1 not created), 0 to go, nothing left.",
                lines().getLast());
    }
}
