package dev.intake.ats;

/** A department ({@code Department}); jobs refer to departments by id only. */
public record Department(String id, String remoteId, String name) {
}
