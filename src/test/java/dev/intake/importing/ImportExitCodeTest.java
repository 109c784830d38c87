package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exit code tells a script what needs a person most when rows ended differently. */
class ImportExitCodeTest {
    private static int code(ImportOutcome... outcomes) {
        List<ImportResult> results = new ArrayList<>();
        for (ImportOutcome outcome : outcomes) {
            results.add(new ImportResult(results.size() + 2, outcome, "a@example.com", null, null, null));
        }
        return ImportCommand.exitCode(ImportReport.of("leads.csv", results));
    }

    @Test
    void rowsCreatedDuplicatedOrAlreadyThereAreDone() {
        assertEquals(0, code(ImportOutcome.CREATED, ImportOutcome.DUPLICATE, ImportOutcome.ALREADY_IMPORTED,
                ImportOutcome.ALREADY_IN_ATS));
        assertEquals(0, code(), "an empty file has nothing left to do");
    }

    @Test
    void anUnknownOutcomeOutranksRowsToFixWhichOutrankRowsStillQueued() {
        assertEquals(3, code(ImportOutcome.CREATED, ImportOutcome.QUEUED));
        assertEquals(4, code(ImportOutcome.QUEUED, ImportOutcome.INVALID));
        assertEquals(4, code(ImportOutcome.REJECTED, ImportOutcome.CREATED));
        assertEquals(5, code(ImportOutcome.QUEUED, ImportOutcome.REJECTED, ImportOutcome.OUTCOME_UNKNOWN));
    }
}
