package dev.intake.wizard.step;

/** What the review and result pages may ask of the wizard that shows them. */
public interface WizardActions {
    /** "Edit" on the review: shows {@code step}, which then offers to return to the review. */
    void edit(WizardStep step);

    /** "New applicant" or "Same candidate, another job" on the result page. */
    void startNext(NextApplication next);
}
