package dev.intake.ats;

/** A stage of a job's hiring process; its name is a good {@code application_status.source_value}. */
public record ApplicationStage(String id, String remoteId, String name, Double order) {
}
