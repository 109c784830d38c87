package dev.intake.store;

/** Columns history can be sorted by. */
public enum HistorySort {
    /** Submission order: the order in which they were handed to the outbox. */
    TIME("s.local_id"),
    CANDIDATE("s.candidate_name COLLATE NOCASE"),
    EMAIL("s.candidate_email"),
    /** The job as history shows it: its title, or its id when the title is not known. */
    JOB("coalesce(s.job_title, s.job_id) COLLATE NOCASE"),
    STATE("s.state");

    final String column;

    HistorySort(String column) {
        this.column = column;
    }
}
