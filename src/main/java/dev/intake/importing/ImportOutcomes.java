package dev.intake.importing;

import dev.intake.ats.IsoInstant;
import dev.intake.store.Submission;

/** What the report says of a row the outbox holds: its state in the report's words, and why it was not created. */
final class ImportOutcomes {
    private ImportOutcomes() {
    }

    /** A row sent by this import, as its submission stands now. */
    static ImportResult of(PlannedRow row, Submission s) {
        return switch (s.state()) {
            case CREATED -> result(row, s, ImportOutcome.CREATED, null);
            case ALREADY_IN_ATS -> result(row, s, ImportOutcome.ALREADY_IN_ATS, null);
            case REJECTED -> result(row, s, ImportOutcome.REJECTED, s.errorMessage());
            case CANCELLED -> result(row, s, ImportOutcome.REJECTED, ImportText.get("import.result.cancelled"));
            case QUEUED, WAITING_TO_RETRY -> result(row, s, ImportOutcome.QUEUED, s.nextAttemptAt() == null
                    ? ImportText.get("import.result.queued")
                    : ImportText.get("import.result.queuedUntil", IsoInstant.format(s.nextAttemptAt())));
            case SENDING, OUTCOME_UNKNOWN -> result(row, s, ImportOutcome.OUTCOME_UNKNOWN,
                    ImportText.get("import.result.unknown"));
        };
    }

    /**
     * A row whose once-only key an earlier import (of the same file) stored: not sent again. Created (also marked so by
     * a person) it is already imported; otherwise it is reported as its submission stands (rejected, cancelled or
     * unconfirmed: History is where it is fixed or decided, since a second import never sends it).
     */
    static ImportResult earlier(PlannedRow row, Submission s) {
        return s.state() == dev.intake.store.SubmissionState.CREATED
                ? result(row, s, ImportOutcome.ALREADY_IMPORTED, null) : of(row, s);
    }

    private static ImportResult result(PlannedRow row, Submission s, ImportOutcome outcome, String error) {
        return new ImportResult(row.rowNumber(), outcome, row.value(ImportField.EMAIL), s.localId(),
                s.applicationId(), error == null ? null : new CellError(null, error));
    }
}
