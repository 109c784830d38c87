package dev.intake.fair.summary;

import dev.intake.store.Submission;
import java.util.List;

/** Where the summary reads an event's submissions and purges them. Blocking: call on the executor only. */
public interface SummarySource {
    /** Every submission captured at the event, oldest first. */
    List<Submission> submissions();

    /**
     * Deletes the event's settled submissions (sent, already in the ATS, cancelled, refused) with their personal
     * data; those the outbox still works on stay. Returns how many were deleted.
     */
    int purgeSettled();
}
