package dev.intake.importing.ui;

import dev.intake.importing.ImportField;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One column of the file on the mapping step: its header, an example from the first rows, and the field it fills
 * (null: not imported).
 */
public final class ColumnChoice {
    private final int column;
    private final String header;
    private final String example;
    private final ObjectProperty<ImportField> field = new SimpleObjectProperty<>(this, "field");

    ColumnChoice(int column, String header, String example, ImportField field) {
        this.column = column;
        this.header = header;
        this.example = example;
        this.field.set(field);
    }

    /** 0-based. */
    public int column() {
        return column;
    }

    public String header() {
        return header;
    }

    public String example() {
        return example;
    }

    public ObjectProperty<ImportField> fieldProperty() {
        return field;
    }
}
