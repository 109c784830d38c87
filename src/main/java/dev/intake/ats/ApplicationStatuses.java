package dev.intake.ats;

import java.util.List;

/** The {@code application_status} values of the spec ({@code ApplicationStatusEnum}). */
public final class ApplicationStatuses {
    /**
     * The values a person can choose, in the order a hiring process goes through them; {@code unmapped_value} is
     * left out: it is what an ATS reports for its own statuses, never something to send.
     */
    public static final List<String> CHOOSABLE = List.of("new", "lead", "screen", "review", "active", "assessment",
            "interview", "reference_check", "background_check", "offer", "accepted", "approved", "short_list",
            "hired", "onboarding", "converted", "created", "declined_by_candidate", "rejected");

    private ApplicationStatuses() {
    }
}
