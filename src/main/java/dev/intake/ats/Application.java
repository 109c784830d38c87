package dev.intake.ats;

/** An application as listed by the ATS; used to settle a create whose outcome is unknown. */
public record Application(
        String id,
        String remoteId,
        String candidateId,
        String jobId,
        CodedValue applicationStatus,
        String createdAt,
        String updatedAt) {
}
