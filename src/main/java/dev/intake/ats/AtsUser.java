package dev.intake.ats;

/** A user of the ATS ({@code User}): a recruiter, hiring manager or interviewer. */
public record AtsUser(String id, String remoteId, String firstName, String lastName, String name, String email,
        String phone) {

    /** The name to show: {@code name}, else first and last name, else the email, else the id. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String joined = ((firstName == null ? "" : firstName.strip()) + " "
                + (lastName == null ? "" : lastName.strip())).strip();
        if (!joined.isEmpty()) {
            return joined;
        }
        return email != null && !email.isBlank() ? email.strip() : id;
    }
}
