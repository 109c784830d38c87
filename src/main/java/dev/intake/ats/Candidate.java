package dev.intake.ats;

import java.util.List;

/** An existing candidate, as found by the duplicate check or an outcome check ({@code Candidate}). */
public record Candidate(
        String id,
        String remoteId,
        String name,
        String firstName,
        String lastName,
        String email,
        List<Email> emails,
        String company,
        String title,
        String country,
        List<String> applicationIds,
        String createdAt,
        String updatedAt) {

    public record Email(String type, String value) {
    }

    /** A readable name even when the ATS only filled first/last name. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        String joined = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return joined.isEmpty() ? (email == null ? id : email) : joined;
    }
}
