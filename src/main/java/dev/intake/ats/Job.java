package dev.intake.ats;

import java.util.List;

/** A job ({@code AtsJob}); only what Intake shows or sends. {@code jobStatus.value} is e.g. open, closed, draft. */
public record Job(
        String id,
        String remoteId,
        String code,
        String title,
        CodedValue jobStatus,
        /** Deprecated plain status, used when {@code job_status} is absent. */
        String status,
        List<String> departmentIds,
        List<String> locationIds,
        String createdAt,
        String updatedAt) {

    /** The job's status word for display and filtering, from whichever field the ATS filled. */
    public String statusWord() {
        if (jobStatus != null && jobStatus.value() != null) {
            return jobStatus.value();
        }
        return status;
    }
}
