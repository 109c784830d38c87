package dev.intake.fair.quick;

import dev.intake.ats.Job;
import java.util.List;
import java.util.Objects;

/**
 * What quick entry needs to know about the event it captures for, read from the event and its cached pack (so it
 * works offline): its id and name, whether consent must be given and its text, and the jobs visitors can apply to.
 */
public record QuickEntrySetup(String eventId, String eventName, boolean consentRequired, String consentText,
        List<Job> jobs) {
    public QuickEntrySetup {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(eventName);
        consentText = consentText == null ? "" : consentText;
        jobs = List.copyOf(jobs);
    }
}
