package dev.intake.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.intake.ats.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The database schema as numbered steps. A step is never edited once released: a change is a new step, so a file
 * from any earlier version is brought up to date by applying the steps it lacks, each in its own transaction.
 */
final class Schema {
    /** One schema change. */
    record Migration(int version, String description, Step step) {
    }

    @FunctionalInterface
    interface Step {
        void apply(Connection connection) throws SQLException;
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "outbox submissions and drafts", Schema::outbox),
            new Migration(2, "history search columns, full-text index and filters", Schema::history),
            new Migration(3, "job titles in history", Schema::jobTitles),
            new Migration(4, "outcome checks, request versions and send times", Schema::outcomeChecks),
            new Migration(5, "notes on submissions", Schema::submissionNotes),
            new Migration(6, "hiring fair events and their packs", Schema::events),
            new Migration(7, "origins, once-only keys, follow-up notes and documents, candidate reuse",
                    Schema::followUps),
            new Migration(8, "submissions that follow an earlier one of the same candidate", Schema::sameCandidate));

    private Schema() {
    }

    static int latestVersion() {
        return MIGRATIONS.getLast().version();
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            try (ResultSet rs = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Applies every step above the file's version up to {@code target}, each committed on its own. */
    static void migrate(Connection connection, int target, Clock clock) throws SQLException {
        int current = currentVersion(connection);
        for (Migration migration : MIGRATIONS) {
            if (migration.version() <= current || migration.version() > target) {
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    migration.step().apply(connection);
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)")) {
                        insert.setInt(1, migration.version());
                        insert.setString(2, migration.description());
                        insert.setLong(3, clock.millis());
                        insert.executeUpdate();
                    }
                } catch (SQLException | RuntimeException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
                statement.execute("COMMIT");
            }
        }
    }

    private static void execute(Connection connection, String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** v1: the write-ahead outbox and the wizard's drafts. */
    private static void outbox(Connection connection) throws SQLException {
        execute(connection, """
                CREATE TABLE submissions (
                    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
                    profile_id TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    request_json TEXT NOT NULL,
                    state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    failures INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at INTEGER,
                    first_sent_at INTEGER,
                    may_exist INTEGER NOT NULL DEFAULT 0,
                    cancel_requested INTEGER NOT NULL DEFAULT 0,
                    application_id TEXT,
                    remote_application_id TEXT,
                    response_json TEXT,
                    error_status INTEGER,
                    error_message TEXT)""",
                "CREATE INDEX submissions_by_state ON submissions(state, local_id)",
                """
                CREATE TABLE drafts (
                    id TEXT PRIMARY KEY,
                    profile_id TEXT,
                    saved_at INTEGER NOT NULL,
                    json TEXT NOT NULL)""",
                "CREATE INDEX drafts_by_saved_at ON drafts(saved_at)");
    }

    /**
     * v2: history. Candidate and job columns are copied out of the request so that searching and sorting 100,000
     * submissions never parses JSON; an external-content FTS5 index serves search as you type.
     */
    private static void history(Connection connection) throws SQLException {
        execute(connection,
                "ALTER TABLE submissions ADD COLUMN candidate_name TEXT",
                "ALTER TABLE submissions ADD COLUMN candidate_email TEXT",
                "ALTER TABLE submissions ADD COLUMN candidate_id TEXT",
                "ALTER TABLE submissions ADD COLUMN job_id TEXT");
        backfillSearchFields(connection);
        execute(connection, """
                CREATE VIRTUAL TABLE submission_search USING fts5(
                    candidate_name, candidate_email, candidate_id, job_id,
                    content='submissions', content_rowid='local_id',
                    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
                "INSERT INTO submission_search(submission_search) VALUES ('rebuild')",
                """
                CREATE TRIGGER submissions_search_insert AFTER INSERT ON submissions BEGIN
                    INSERT INTO submission_search(rowid, candidate_name, candidate_email, candidate_id, job_id)
                    VALUES (new.local_id, new.candidate_name, new.candidate_email, new.candidate_id, new.job_id);
                END""",
                """
                CREATE TRIGGER submissions_search_delete AFTER DELETE ON submissions BEGIN
                    INSERT INTO submission_search(submission_search, rowid, candidate_name, candidate_email,
                        candidate_id, job_id)
                    VALUES ('delete', old.local_id, old.candidate_name, old.candidate_email, old.candidate_id,
                        old.job_id);
                END""",
                """
                CREATE TRIGGER submissions_search_update
                AFTER UPDATE OF candidate_name, candidate_email, candidate_id, job_id ON submissions BEGIN
                    INSERT INTO submission_search(submission_search, rowid, candidate_name, candidate_email,
                        candidate_id, job_id)
                    VALUES ('delete', old.local_id, old.candidate_name, old.candidate_email, old.candidate_id,
                        old.job_id);
                    INSERT INTO submission_search(rowid, candidate_name, candidate_email, candidate_id, job_id)
                    VALUES (new.local_id, new.candidate_name, new.candidate_email, new.candidate_id, new.job_id);
                END""",
                "CREATE INDEX submissions_by_created ON submissions(created_at)",
                "CREATE INDEX submissions_by_profile ON submissions(profile_id, local_id)",
                "CREATE INDEX submissions_by_name ON submissions(candidate_name COLLATE NOCASE, local_id)",
                "CREATE INDEX submissions_by_email ON submissions(candidate_email, local_id)",
                "CREATE INDEX submissions_by_candidate ON submissions(candidate_id, local_id)",
                "CREATE INDEX submissions_by_job ON submissions(job_id, local_id)",
                "CREATE INDEX submissions_by_application ON submissions(application_id)");
    }

    /**
     * v3: the job's title as the user picked it, so that history names the job rather than its id. Submissions made
     * before keep none (history shows their job id). The full-text index is made again with the title in it.
     */
    private static void jobTitles(Connection connection) throws SQLException {
        execute(connection,
                "ALTER TABLE submissions ADD COLUMN job_title TEXT",
                "DROP TRIGGER submissions_search_insert",
                "DROP TRIGGER submissions_search_delete",
                "DROP TRIGGER submissions_search_update",
                "DROP TABLE submission_search",
                """
                CREATE VIRTUAL TABLE submission_search USING fts5(
                    candidate_name, candidate_email, candidate_id, job_id, job_title,
                    content='submissions', content_rowid='local_id',
                    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
                "INSERT INTO submission_search(submission_search) VALUES ('rebuild')",
                """
                CREATE TRIGGER submissions_search_insert AFTER INSERT ON submissions BEGIN
                    INSERT INTO submission_search(rowid, candidate_name, candidate_email, candidate_id, job_id,
                        job_title)
                    VALUES (new.local_id, new.candidate_name, new.candidate_email, new.candidate_id, new.job_id,
                        new.job_title);
                END""",
                """
                CREATE TRIGGER submissions_search_delete AFTER DELETE ON submissions BEGIN
                    INSERT INTO submission_search(submission_search, rowid, candidate_name, candidate_email,
                        candidate_id, job_id, job_title)
                    VALUES ('delete', old.local_id, old.candidate_name, old.candidate_email, old.candidate_id,
                        old.job_id, old.job_title);
                END""",
                """
                CREATE TRIGGER submissions_search_update
                AFTER UPDATE OF candidate_name, candidate_email, candidate_id, job_id, job_title ON submissions BEGIN
                    INSERT INTO submission_search(submission_search, rowid, candidate_name, candidate_email,
                        candidate_id, job_id, job_title)
                    VALUES ('delete', old.local_id, old.candidate_name, old.candidate_email, old.candidate_id,
                        old.job_id, old.job_title);
                    INSERT INTO submission_search(rowid, candidate_name, candidate_email, candidate_id, job_id,
                        job_title)
                    VALUES (new.local_id, new.candidate_name, new.candidate_email, new.candidate_id, new.job_id,
                        new.job_title);
                END""",
                "CREATE INDEX submissions_by_job_shown ON submissions(coalesce(job_title, job_id) COLLATE NOCASE, "
                        + "local_id)");
    }

    /**
     * v4: what settling an uncertain create needs to survive a restart: when each check with the ATS was made since
     * the latest send (epoch milliseconds, comma-separated), when that send started (the settle delay counts from
     * it), the earliest moment the ATS allows another try (its Retry-After, which no "send now" shortens), and a
     * version of the request that every edit raises (a send never goes out with a request edited meanwhile).
     */
    private static void outcomeChecks(Connection connection) throws SQLException {
        execute(connection,
                "ALTER TABLE submissions ADD COLUMN outcome_checks TEXT",
                "ALTER TABLE submissions ADD COLUMN last_sent_at INTEGER",
                "ALTER TABLE submissions ADD COLUMN not_before INTEGER",
                "ALTER TABLE submissions ADD COLUMN request_version INTEGER NOT NULL DEFAULT 0",
                // Before v4 only the first send was kept: the best estimate of when the latest one started.
                "UPDATE submissions SET last_sent_at = first_sent_at");
    }

    /** Copies the search columns out of every request, as v2 does and as every later version writes them. */
    static void backfillSearchFields(Connection connection) throws SQLException {
        record Row(long id, SearchFields fields) {
        }
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT local_id, request_json FROM submissions")) {
            while (rs.next()) {
                try {
                    rows.add(new Row(rs.getLong(1), SearchFields.of(Json.mapper().readTree(rs.getString(2)))));
                } catch (JsonProcessingException e) {
                    // An unreadable body keeps empty search columns; the submission itself stays intact.
                    rows.add(new Row(rs.getLong(1), new SearchFields(null, null, null, null)));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE submissions SET candidate_name = ?, "
                + "candidate_email = ?, candidate_id = ?, job_id = ? WHERE local_id = ?")) {
            for (Row row : rows) {
                update.setString(1, row.fields().candidateName());
                update.setString(2, row.fields().candidateEmail());
                update.setString(3, row.fields().candidateId());
                update.setString(4, row.fields().jobId());
                update.setLong(5, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * v4: notes a person's action left on a submission, such as "sent to <profile>" for a sandbox one. They name
     * profiles and local ids only, never personal data.
     */
    private static void submissionNotes(Connection connection) throws SQLException {
        execute(connection, """
                CREATE TABLE submission_notes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    local_id INTEGER NOT NULL,
                    created_at INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    note TEXT NOT NULL)""",
                "CREATE INDEX submission_notes_by_submission ON submission_notes(local_id)");
    }

    /**
     * v6: hiring fairs and, for each, the pack of ATS data its capture works from offline. A pack is kept whole as
     * JSON (it is always read and replaced whole) with its fetch time beside it.
     */
    private static void events(Connection connection) throws SQLException {
        execute(connection, """
                CREATE TABLE events (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    first_day TEXT NOT NULL,
                    last_day TEXT NOT NULL,
                    source_name TEXT NOT NULL,
                    shortlist_json TEXT NOT NULL,
                    default_status TEXT,
                    consent_text TEXT,
                    consent_required INTEGER NOT NULL,
                    retention TEXT NOT NULL,
                    kiosk_pin_hash TEXT,
                    profile_id TEXT,
                    opened_at INTEGER)""",
                """
                CREATE TABLE event_packs (
                    event_id TEXT PRIMARY KEY,
                    fetched_at INTEGER NOT NULL,
                    pack_json TEXT NOT NULL)""");
    }

    /**
     * v7: where a submission came from (an import's file, an event), a key that makes it once only, what goes after
     * the create (a note on the application, documents to upload, each with its own state and retry time, never a
     * reason to send the application again), and the look-up of the candidate by email before the first send
     * ({@code email_lookup}: null until done, empty when nobody was found, else the candidate id found). The
     * documents' bytes live in the database until they are sent, so a crash loses nothing; they go with the
     * submission when it is deleted (retention, erasure).
     */
    private static void followUps(Connection connection) throws SQLException {
        execute(connection,
                "ALTER TABLE submissions ADD COLUMN origin TEXT",
                "ALTER TABLE submissions ADD COLUMN once_key TEXT",
                "ALTER TABLE submissions ADD COLUMN note_text TEXT",
                "ALTER TABLE submissions ADD COLUMN note_state TEXT",
                "ALTER TABLE submissions ADD COLUMN note_attempts INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE submissions ADD COLUMN note_next_at INTEGER",
                "ALTER TABLE submissions ADD COLUMN note_error_status INTEGER",
                "ALTER TABLE submissions ADD COLUMN note_error TEXT",
                "ALTER TABLE submissions ADD COLUMN reuse_by_email INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE submissions ADD COLUMN email_lookup TEXT",
                "CREATE UNIQUE INDEX submissions_by_once_key ON submissions(once_key)",
                "CREATE INDEX submissions_by_origin ON submissions(origin, local_id)",
                "CREATE INDEX submissions_by_note_state ON submissions(note_state, note_next_at)",
                """
                CREATE TABLE submission_documents (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    local_id INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    file_name TEXT NOT NULL,
                    file_format TEXT,
                    category_id TEXT,
                    content BLOB NOT NULL,
                    state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_at INTEGER,
                    error_status INTEGER,
                    error_message TEXT)""",
                "CREATE INDEX submission_documents_by_submission ON submission_documents(local_id, position)",
                "CREATE INDEX submission_documents_by_state ON submission_documents(state, next_at)",
                """
                CREATE TRIGGER submissions_documents_delete AFTER DELETE ON submissions BEGIN
                    DELETE FROM submission_documents WHERE local_id = old.local_id;
                END""");
    }

    /**
     * v8: the once-only key of the earlier submission a submission follows ({@code same_candidate_as}: the same
     * person, seen again). It is never sent before that one is settled, and then goes onto its candidate (and, on the
     * same job, its application) instead of making a second one. Older submissions follow none.
     */
    private static void sameCandidate(Connection connection) throws SQLException {
        execute(connection, "ALTER TABLE submissions ADD COLUMN same_candidate_as TEXT");
    }
}
