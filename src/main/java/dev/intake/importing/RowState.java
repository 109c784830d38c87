package dev.intake.importing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a row of an import plan stands before anything is sent. */
public enum RowState {
    /** Checked and complete: it will be sent. */
    READY,
    /** Something is missing or wrong; its errors say what. */
    INVALID,
    /** The same email and job as an earlier row, which is the one sent. */
    DUPLICATE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
