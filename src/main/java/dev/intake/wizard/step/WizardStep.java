package dev.intake.wizard.step;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A page of a wizard, by name: what the step indicator and the review's Edit buttons point at, and what a draft
 * records as the page it was on. A new step names itself in its own package; the desk wizard's pages are here.
 *
 * @param name upper case, as drafts store it (e.g. {@code CANDIDATE})
 */
public record WizardStep(String name) {
    public static final WizardStep CANDIDATE = new WizardStep("CANDIDATE");
    public static final WizardStep JOB = new WizardStep("JOB");
    public static final WizardStep QUESTIONNAIRE = new WizardStep("QUESTIONNAIRE");
    public static final WizardStep DOCUMENTS = new WizardStep("DOCUMENTS");
    public static final WizardStep REVIEW = new WizardStep("REVIEW");
    public static final WizardStep RESULT = new WizardStep("RESULT");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WizardStep {
        Objects.requireNonNull(name);
    }

    /** Key of the step's name in the resource bundle. */
    public String titleKey() {
        return "wizard.step." + name.toLowerCase(Locale.ROOT);
    }

    /** The FXML file of the step's page, e.g. {@code JobStep} for JOB. */
    public String viewName() {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + "Step";
    }

    @JsonValue
    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
