package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileBacklogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private SubmissionStore store;
    private ProfileBacklog backlog;

    @BeforeEach
    void open() {
        db = assertInstanceOf(OpenResult.Opened.class, Database.open(dir, CLOCK)).database();
        store = new SubmissionStore(db);
        backlog = new ProfileBacklog(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long submission(String profile, Consumer<SubmissionStore.Edit> change) {
        long id = store.insert(profile, SampleRequests.newCandidate("Ana Li", "ana" + System.nanoTime()
                + "@example.com", "j1"), HistoryLabels.NONE, CLOCK.instant()).localId();
        store.transition(id, EnumSet.allOf(SubmissionState.class), change, CLOCK.instant());
        return id;
    }

    @Test
    void countsWhatAProfileStillHasToSendAndWhatOfItMayMove() {
        submission("acme", e -> { });
        submission("acme", e -> e.state(SubmissionState.WAITING_TO_RETRY).error(503, "busy"));
        submission("acme", e -> e.state(SubmissionState.SENDING));
        submission("acme", e -> e.state(SubmissionState.OUTCOME_UNKNOWN).mayExist(true));
        submission("acme", e -> e.state(SubmissionState.WAITING_TO_RETRY).mayExist(true));
        submission("acme", e -> e.state(SubmissionState.CREATED));
        submission("bolt", e -> { });

        assertEquals(new ProfileBacklog.Counts(5, 2), backlog.counts("acme"));
        assertEquals(3, backlog.counts("acme").staying());
        assertEquals(new ProfileBacklog.Counts(1, 1), backlog.counts("bolt"));
        assertEquals(ProfileBacklog.Counts.NONE, backlog.counts("nobody"));
    }

    @Test
    void onlySubmissionsThatCertainlyReachedNoAtsMoveAndTheyAreDueAtOnce() {
        long queued = submission("acme", e -> { });
        long retrying = submission("acme", e -> e.state(SubmissionState.WAITING_TO_RETRY)
                .nextAttemptAt(CLOCK.instant().plusSeconds(600)).error(null, "The account is not set up"));
        long sending = submission("acme", e -> e.state(SubmissionState.SENDING));
        long unknown = submission("acme", e -> e.state(SubmissionState.OUTCOME_UNKNOWN).mayExist(true));
        long mayExist = submission("acme", e -> e.state(SubmissionState.WAITING_TO_RETRY).mayExist(true));
        long created = submission("acme", e -> e.state(SubmissionState.CREATED));

        assertEquals(2, backlog.move("acme", "bolt", CLOCK.instant()));

        for (long moved : new long[] {queued, retrying}) {
            assertEquals("bolt", store.get(moved).orElseThrow().profileId());
        }
        assertNull(store.get(retrying).orElseThrow().nextAttemptAt());
        assertNull(store.get(retrying).orElseThrow().errorMessage());
        for (long kept : new long[] {sending, unknown, mayExist, created}) {
            assertEquals("acme", store.get(kept).orElseThrow().profileId(), "stays with the account that may have it");
        }
        assertEquals(new ProfileBacklog.Counts(3, 0), backlog.counts("acme"));
        assertThrows(IllegalArgumentException.class, () -> backlog.move("bolt", "bolt", CLOCK.instant()));
    }
}
