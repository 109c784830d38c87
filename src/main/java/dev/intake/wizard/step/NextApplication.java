package dev.intake.wizard.step;

/** What the result page's buttons start after a submission. */
public enum NextApplication {
    /** Another person for the same job: the candidate, answers and documents are cleared. */
    NEW_APPLICANT,
    /** The same person for another job: the job, answers and documents are cleared. */
    SAME_CANDIDATE
}
