package dev.intake.importing;

/**
 * One row's line in an {@link ImportReport}.
 *
 * @param row the row number as the spreadsheet shows it
 * @param email the row's email as written, or null when it had none
 * @param localId the outbox's id for the submission, once there is one
 * @param applicationId the ATS's application id, once created
 * @param error why the row was not created (column by header text, message); null otherwise
 */
public record ImportResult(int row, ImportOutcome state, String email, Long localId, String applicationId,
        CellError error) {

    /** The line a checked row starts with: queued when ready, otherwise invalid or duplicate with its first error. */
    public static ImportResult fromPlan(PlannedRow planned) {
        ImportOutcome state = switch (planned.state()) {
            case READY -> ImportOutcome.QUEUED;
            case INVALID -> ImportOutcome.INVALID;
            case DUPLICATE -> ImportOutcome.DUPLICATE;
        };
        return new ImportResult(planned.rowNumber(), state, planned.value(ImportField.EMAIL), null, null,
                planned.firstError());
    }
}
