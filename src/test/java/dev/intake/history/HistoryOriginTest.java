package dev.intake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.testing.SampleRequests;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** History's details say which file an imported application came from, so an import can be followed later. */
class HistoryOriginTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages");

    private static Submission from(String origin) {
        return new Submission(1, "p1", Instant.EPOCH, Instant.EPOCH, SampleRequests.newCandidate("Ana Li",
                "ana@example.com", "job-1"), SubmissionState.QUEUED, 0, null, null, null, null, null, null, origin,
                null, null, List.of());
    }

    @Test
    void anImportedSubmissionNamesItsFile() {
        assertEquals("Imported from “fair leads.csv”", HistoryDetails.originText(from("import:fair leads.csv"),
                MESSAGES));
    }

    @Test
    void theListsFromColumnNamesTheFileAnImportCameFrom() {
        assertEquals("fair leads.csv", HistoryDetails.fromColumnText("import:fair leads.csv", MESSAGES));
        assertEquals("Hiring fair", HistoryDetails.fromColumnText("event:berlin-2026", MESSAGES));
        assertEquals("", HistoryDetails.fromColumnText(null, MESSAGES));
    }

    @Test
    void otherWaysInAreNamedAsStoredAndTheWizardsNotAtAll() {
        assertEquals("Came from event:berlin-2026", HistoryDetails.originText(from("event:berlin-2026"), MESSAGES));
        assertEquals("", HistoryDetails.originText(from(null), MESSAGES));
        assertEquals("", HistoryDetails.originText(null, MESSAGES));
    }
}
