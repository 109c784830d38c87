package dev.intake.importing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of one row of an import, as the report states it. */
public enum ImportOutcome {
    /** The ATS created the application. */
    CREATED,
    /** The same email and job as an earlier row of the file; not sent. */
    DUPLICATE,
    /** Failed the checks; not sent. */
    INVALID,
    /** Sent by an earlier import of the same file; not sent again. */
    ALREADY_IMPORTED,
    /** The ATS already has this candidate on this job; not sent. */
    ALREADY_IN_ATS,
    /** Saved in the outbox, waiting to be sent. */
    QUEUED,
    /** The ATS refused it; the error says why. */
    REJECTED,
    /** Sent, but whether the ATS created it is not known yet: a person decides before it is sent again. */
    OUTCOME_UNKNOWN,
    /**
     * The window only: the person cancelled the import before this row was sent. {@code --import} never reports it
     * (a submission cancelled in History is {@link #REJECTED} there, with the reason).
     */
    CANCELLED;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the row needs the person's attention and belongs in the export of failing rows. */
    public boolean failed() {
        return this == DUPLICATE || this == INVALID || this == REJECTED || this == OUTCOME_UNKNOWN
                || this == CANCELLED;
    }
}
