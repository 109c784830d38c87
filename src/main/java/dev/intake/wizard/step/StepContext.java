package dev.intake.wizard.step;

import dev.intake.form.FilePicker;
import dev.intake.form.Messages;

/** What a step's page is made with: the texts, the file chooser, and the wizard's actions. */
public record StepContext(Messages messages, FilePicker files, WizardActions actions) {
}
