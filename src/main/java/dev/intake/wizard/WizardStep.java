package dev.intake.wizard;

/** The wizard's pages in order. */
public enum WizardStep {
    CANDIDATE, JOB, QUESTIONNAIRE, DOCUMENTS, REVIEW, RESULT;

    /** Key of the step's name in the resource bundle. */
    public String titleKey() {
        return "wizard.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
