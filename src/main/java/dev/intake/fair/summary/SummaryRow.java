package dev.intake.fair.summary;

import dev.intake.store.SubmissionState;
import java.time.Instant;

/** One visitor captured at the event, as the summary's triage list shows and exports them. */
public record SummaryRow(long localId, Instant capturedAt, String name, String email, String jobTitle, int rating,
        boolean consent, SubmissionState state) {
    /** Not yet in the ATS: still queued, being sent, waiting to retry, or needing a person. */
    public boolean notYetSent() {
        return state != SubmissionState.CREATED && state != SubmissionState.ALREADY_IN_ATS
                && state != SubmissionState.CANCELLED;
    }
}
