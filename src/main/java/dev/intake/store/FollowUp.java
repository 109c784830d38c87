package dev.intake.store;

/**
 * One part sent after the application was created, as history shows it: the note's text or the document's file
 * name, its state, and the last error (both null once it no longer applies).
 */
public record FollowUp(String label, FollowUpState state, Integer errorStatus, String errorMessage) {
    /** A part not yet sent. */
    public static FollowUp pending(String label) {
        return new FollowUp(label, FollowUpState.PENDING, null, null);
    }
}
