package dev.intake.wizard.candidate;

import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.Rules;

/** A key/value pair of {@code candidate.unified_custom_fields}. */
public final class UnifiedFieldRow {
    private final Field<String> key = Field.text("candidate.unified_custom_fields.key");
    private final Field<String> value = Field.text("candidate.unified_custom_fields.value");
    private final FieldGroup fields = new FieldGroup();

    UnifiedFieldRow() {
        fields.add(key);
        fields.add(value);
        key.dependsOn(value.valueProperty());
    }

    public Field<String> key() {
        return key;
    }

    public Field<String> value() {
        return value;
    }

    FieldGroup fields() {
        return fields;
    }

    boolean isEmpty() {
        return Rules.isBlank(key.get()) && Rules.isBlank(value.get());
    }
}
