package dev.intake.ats;

/** A location ({@code ATSLocation}). */
public record Location(String id, String remoteId, String name) {
}
