package dev.intake.wizard.step;

import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.FieldLocator;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;

/** What the wizard needs from each step. */
public interface StepViewModel extends FieldLocator {
    /** The step's fields in reading order. */
    FieldGroup fields();

    /** True when Next may leave this step. */
    default ReadOnlyBooleanProperty validProperty() {
        return fields().validProperty();
    }

    /** Increases with every edit; the wizard saves a draft after edits settle. */
    ReadOnlyLongProperty revisionProperty();

    /**
     * The field a server error names, given as a path in the spec's terms (e.g. {@code candidate.email},
     * {@code candidate.phone_numbers[0].phone}, a question id). Empty when this step has no such field.
     */
    @Override
    Optional<Field<?>> fieldAt(String path);
}
