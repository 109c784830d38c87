package dev.intake.store;

/**
 * How history names a submission's candidate and job where its request holds only ids (an existing candidate's
 * {@code candidate_id}, the {@code job_id}): as the user picked them in the wizard. Any part may be null (not known):
 * history then shows the id. A name or email the request itself holds always comes first.
 */
public record HistoryLabels(String candidateName, String candidateEmail, String jobTitle) {
    /** Nothing known beyond the request, as for a request read from a file. */
    public static final HistoryLabels NONE = new HistoryLabels(null, null, null);

    public HistoryLabels {
        candidateName = blankToNull(candidateName);
        candidateEmail = blankToNull(candidateEmail);
        jobTitle = blankToNull(jobTitle);
    }

    /** Only the job's title known. */
    public static HistoryLabels job(String title) {
        return new HistoryLabels(null, null, title);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
