package dev.intake.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Submissions in SQLite: the outbox's write-ahead record and the history's source. Every method commits before it
 * returns. Credentials never reach this class: a request body holds none, and nothing else is stored.
 */
public final class SubmissionStore {
    /** The states the outbox still works on. */
    public static final Set<SubmissionState> UNSETTLED = Set.of(SubmissionState.QUEUED, SubmissionState.SENDING,
            SubmissionState.WAITING_TO_RETRY, SubmissionState.OUTCOME_UNKNOWN);

    /** States in which the ATS may have the application though Intake has no answer yet. */
    private static final Set<SubmissionState> MAY_BE_IN_ATS = Set.of(SubmissionState.SENDING,
            SubmissionState.OUTCOME_UNKNOWN);
    private static final String FULL_COLUMNS = "local_id, profile_id, created_at, updated_at, request_json, state, "
            + "attempts, next_attempt_at, application_id, remote_application_id, response_json, error_status, "
            + "error_message, first_sent_at, failures, may_exist, cancel_requested, candidate_name, candidate_email, "
            + "job_title, last_sent_at, outcome_checks, not_before, request_version";
    private static final String ENTRY_COLUMNS = "s.local_id, s.profile_id, s.created_at, s.updated_at, s.state, "
            + "s.candidate_name, s.candidate_email, s.candidate_id, s.job_id, s.job_title, s.application_id, "
            + "s.remote_application_id, s.attempts, s.next_attempt_at, s.error_status, s.error_message";
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Database database;

    public SubmissionStore(Database database) {
        this.database = database;
    }

    /** The values a state transition may change; starts as the stored row. */
    public static final class Edit {
        private SubmissionState state;
        private CreateApplicationRequest request;
        private int attempts;
        private int failures;
        private Instant nextAttemptAt;
        private Instant firstSentAt;
        private boolean mayExist;
        private boolean cancelRequested;
        private String applicationId;
        private String remoteApplicationId;
        private String responseJson;
        private Integer errorStatus;
        private String errorMessage;
        private HistoryLabels labels;
        private Instant lastSentAt;
        private List<Instant> outcomeChecks;
        private Instant notBefore;
        private final int requestVersion;

        private Edit(StoredSubmission stored) {
            Submission s = stored.submission();
            state = s.state();
            request = s.request();
            attempts = s.attempts();
            failures = stored.failures();
            nextAttemptAt = s.nextAttemptAt();
            firstSentAt = stored.firstSentAt();
            mayExist = stored.mayExist();
            cancelRequested = stored.cancelRequested();
            applicationId = s.applicationId();
            remoteApplicationId = s.remoteApplicationId();
            responseJson = s.responseJson();
            errorStatus = s.errorStatus();
            errorMessage = s.errorMessage();
            labels = stored.labels();
            lastSentAt = stored.lastSentAt();
            outcomeChecks = stored.outcomeChecks();
            notBefore = stored.notBefore();
            requestVersion = stored.requestVersion();
        }

        /** The version of the stored request; raised by the transition when {@link #request} changes it. */
        public int requestVersion() {
            return requestVersion;
        }

        public Instant lastSentAt() {
            return lastSentAt;
        }

        public Edit lastSentAt(Instant at) {
            lastSentAt = at;
            return this;
        }

        /** When the ATS was asked about the latest send, oldest first. */
        public List<Instant> outcomeChecks() {
            return outcomeChecks;
        }

        public Edit outcomeChecks(List<Instant> checks) {
            outcomeChecks = List.copyOf(checks);
            return this;
        }

        /** The earliest moment the ATS allows another try (its Retry-After); null when it set none. */
        public Instant notBefore() {
            return notBefore;
        }

        public Edit notBefore(Instant at) {
            notBefore = at;
            return this;
        }

        public SubmissionState state() {
            return state;
        }

        public Edit state(SubmissionState newState) {
            state = newState;
            return this;
        }

        public Edit request(CreateApplicationRequest newRequest) {
            request = newRequest;
            return this;
        }

        public CreateApplicationRequest request() {
            return request;
        }

        /** How history names the candidate and the job; starts as it does now. */
        public HistoryLabels labels() {
            return labels;
        }

        public Edit labels(HistoryLabels newLabels) {
            labels = Objects.requireNonNull(newLabels);
            return this;
        }

        public int attempts() {
            return attempts;
        }

        public Edit attempts(int newAttempts) {
            attempts = newAttempts;
            return this;
        }

        public int failures() {
            return failures;
        }

        public Edit failures(int newFailures) {
            failures = newFailures;
            return this;
        }

        public Instant nextAttemptAt() {
            return nextAttemptAt;
        }

        public Edit nextAttemptAt(Instant at) {
            nextAttemptAt = at;
            return this;
        }

        public Instant firstSentAt() {
            return firstSentAt;
        }

        public Edit firstSentAt(Instant at) {
            firstSentAt = at;
            return this;
        }

        public boolean mayExist() {
            return mayExist;
        }

        public Edit mayExist(boolean value) {
            mayExist = value;
            return this;
        }

        public boolean cancelRequested() {
            return cancelRequested;
        }

        public Edit cancelRequested(boolean value) {
            cancelRequested = value;
            return this;
        }

        public Edit created(String newApplicationId, String newRemoteApplicationId, String newResponseJson) {
            applicationId = newApplicationId;
            remoteApplicationId = newRemoteApplicationId;
            responseJson = newResponseJson;
            return this;
        }

        public Edit responseJson(String json) {
            responseJson = json;
            return this;
        }

        /** The last error to show; both null once it no longer applies. */
        public Edit error(Integer status, String message) {
            errorStatus = status;
            errorMessage = message;
            return this;
        }
    }

    /** A submission to record: who it goes to, what, how history names it, and when it was made. */
    public record NewSubmission(String profileId, CreateApplicationRequest request, HistoryLabels labels, Instant at) {
    }

    /** Records a new submission as QUEUED, before anything is sent. */
    public StoredSubmission insert(String profileId, CreateApplicationRequest request, HistoryLabels labels,
            Instant now) {
        long id = insertAll(List.of(new NewSubmission(profileId, request, labels, now))).getFirst();
        return find(id).orElseThrow();
    }

    /** Records several submissions as QUEUED in one transaction (an import); returns their ids in order. */
    public List<Long> insertAll(List<NewSubmission> submissions) {
        return database.write(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO submissions(profile_id, "
                    + "created_at, updated_at, request_json, state, candidate_name, candidate_email, candidate_id, "
                    + "job_id, job_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (NewSubmission submission : submissions) {
                    JsonNode body = Json.mapper().valueToTree(submission.request());
                    SearchFields fields = SearchFields.of(body).orLabels(submission.labels());
                    insert.setString(1, submission.profileId());
                    insert.setLong(2, submission.at().toEpochMilli());
                    insert.setLong(3, submission.at().toEpochMilli());
                    insert.setString(4, body.toString());
                    insert.setString(5, SubmissionState.QUEUED.name());
                    insert.setString(6, fields.candidateName());
                    insert.setString(7, fields.candidateEmail());
                    insert.setString(8, fields.candidateId());
                    insert.setString(9, fields.jobId());
                    insert.setString(10, submission.labels().jobTitle());
                    insert.executeUpdate();
                    ids.add(lastId(connection));
                }
            }
            return ids;
        });
    }

    public Optional<StoredSubmission> find(long localId) {
        return database.read(connection -> findOn(connection, localId));
    }

    public Optional<Submission> get(long localId) {
        return find(localId).map(StoredSubmission::submission);
    }

    /** Submissions the outbox still works on, oldest first. */
    public List<StoredSubmission> unsettled() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + FULL_COLUMNS
                    + " FROM submissions WHERE state IN (?, ?, ?, ?) ORDER BY local_id")) {
                bindStates(query, 1, UNSETTLED);
                return readAll(query);
            }
        });
    }

    /** Ids of the submissions the outbox still works on, oldest first (without loading their bodies). */
    public List<Long> unsettledIds() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT local_id FROM submissions WHERE state IN (?, ?, ?, ?) ORDER BY local_id")) {
                bindStates(query, 1, UNSETTLED);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Profiles that have submissions the outbox still works on. */
    public List<String> unsettledProfiles() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT profile_id FROM submissions WHERE state IN (?, ?, ?, ?)")) {
                bindStates(query, 1, UNSETTLED);
                List<String> profiles = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        profiles.add(rs.getString(1));
                    }
                }
                return profiles;
            }
        });
    }

    /**
     * Changes a submission if, and only if, it is still in one of {@code from}: two parties (the sender and the
     * user) never overwrite each other's decision. Empty when the row is gone or in another state.
     */
    public Optional<StoredSubmission> transition(long localId, Set<SubmissionState> from, Consumer<Edit> change,
            Instant now) {
        return transition(localId, from, null, change, now);
    }

    /**
     * As {@link #transition(long, Set, Consumer, Instant)}, and only while the request is still at {@code
     * requestVersion}: a decision taken on a copy read earlier never applies to a request edited since. The row
     * returned is what was written, read in the same transaction: what the caller acts on.
     */
    public Optional<StoredSubmission> transition(long localId, Set<SubmissionState> from, Integer requestVersion,
            Consumer<Edit> change, Instant now) {
        return database.write(connection -> {
            Optional<StoredSubmission> current = findOn(connection, localId);
            if (current.isEmpty() || !from.contains(current.get().submission().state())) {
                return Optional.empty();
            }
            if (requestVersion != null && current.get().requestVersion() != requestVersion) {
                return Optional.empty();
            }
            Edit edit = new Edit(current.get());
            change.accept(edit);
            try (PreparedStatement update = connection.prepareStatement("UPDATE submissions SET updated_at = ?, "
                    + "state = ?, attempts = ?, failures = ?, next_attempt_at = ?, first_sent_at = ?, may_exist = ?, "
                    + "cancel_requested = ?, application_id = ?, remote_application_id = ?, response_json = ?, "
                    + "error_status = ?, error_message = ?, last_sent_at = ?, outcome_checks = ?, not_before = ? "
                    + "WHERE local_id = ?")) {
                update.setLong(1, now.toEpochMilli());
                update.setString(2, edit.state.name());
                update.setInt(3, edit.attempts);
                update.setInt(4, edit.failures);
                setInstant(update, 5, edit.nextAttemptAt);
                setInstant(update, 6, edit.firstSentAt);
                update.setInt(7, edit.mayExist ? 1 : 0);
                update.setInt(8, edit.cancelRequested ? 1 : 0);
                update.setString(9, edit.applicationId);
                update.setString(10, edit.remoteApplicationId);
                update.setString(11, edit.responseJson);
                if (edit.errorStatus == null) {
                    update.setNull(12, Types.INTEGER);
                } else {
                    update.setInt(12, edit.errorStatus);
                }
                update.setString(13, edit.errorMessage);
                setInstant(update, 14, edit.lastSentAt);
                update.setString(15, instants(edit.outcomeChecks));
                setInstant(update, 16, edit.notBefore);
                update.setLong(17, localId);
                update.executeUpdate();
            }
            Submission before = current.get().submission();
            boolean newRequest = !edit.request.equals(before.request());
            HistoryLabels labels = current.get().labels();
            if (newRequest || !edit.labels.equals(labels)) {
                // Only an edit rewrites the body (it can be megabytes of documents) and touches the search index.
                JsonNode body = Json.mapper().valueToTree(edit.request);
                SearchFields fields = SearchFields.of(body).orLabels(edit.labels);
                try (PreparedStatement update = connection.prepareStatement("UPDATE submissions SET "
                        + "request_json = coalesce(?, request_json), candidate_name = ?, candidate_email = ?, "
                        + "candidate_id = ?, job_id = ?, job_title = ?, request_version = request_version + ? "
                        + "WHERE local_id = ?")) {
                    update.setString(1, newRequest ? body.toString() : null);
                    update.setString(2, fields.candidateName());
                    update.setString(3, fields.candidateEmail());
                    update.setString(4, fields.candidateId());
                    update.setString(5, fields.jobId());
                    update.setString(6, edit.labels.jobTitle());
                    update.setInt(7, newRequest ? 1 : 0);
                    update.setLong(8, localId);
                    update.executeUpdate();
                }
                labels = new HistoryLabels(fields.candidateName(), fields.candidateEmail(), edit.labels.jobTitle());
            }
            // Built from the edit rather than read back: times as stored, to the millisecond.
            Submission after = new Submission(localId, before.profileId(), before.createdAt(), millis(now),
                    edit.request, edit.state, edit.attempts, millis(edit.nextAttemptAt), edit.applicationId,
                    edit.remoteApplicationId, edit.responseJson, edit.errorStatus, edit.errorMessage);
            return Optional.of(new StoredSubmission(after, millis(edit.firstSentAt), edit.failures, edit.mayExist,
                    edit.cancelRequested, labels, millis(edit.lastSentAt),
                    edit.outcomeChecks.stream().map(SubmissionStore::millis).toList(), millis(edit.notBefore),
                    edit.requestVersion + (newRequest ? 1 : 0)));
        });
    }

    /** The earliest time a waiting submission is due or an unknown outcome is to be checked again. */
    public Optional<Instant> nextWakeUp() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT min(next_attempt_at) FROM "
                    + "submissions WHERE state IN (?, ?) AND next_attempt_at IS NOT NULL")) {
                query.setString(1, SubmissionState.WAITING_TO_RETRY.name());
                query.setString(2, SubmissionState.OUTCOME_UNKNOWN.name());
                try (ResultSet rs = query.executeQuery()) {
                    long value = rs.next() ? rs.getLong(1) : 0;
                    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
                }
            }
        });
    }

    /** Whether another submission already holds this ATS application id (an outcome check must not claim it). */
    public boolean isApplicationRecorded(String applicationId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM submissions WHERE application_id = ? LIMIT 1")) {
                query.setString(1, applicationId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** How many submissions are in each state (states with none are absent). */
    public Map<SubmissionState, Integer> countByState() {
        return database.read(connection -> {
            Map<SubmissionState, Integer> counts = new EnumMap<>(SubmissionState.class);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT state, count(*) FROM submissions GROUP BY state");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(SubmissionState.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    /** Pending and failed counts for the status bar (see {@link OutboxCounts}). */
    public OutboxCounts outboxCounts() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(sum(CASE WHEN state = ? "
                    + "AND next_attempt_at IS NULL OR state = ? THEN 0 ELSE 1 END), 0), coalesce(sum(CASE WHEN "
                    + "state = ? AND next_attempt_at IS NULL OR state = ? THEN 1 ELSE 0 END), 0) FROM submissions "
                    + "WHERE state IN (?, ?, ?, ?, ?)")) {
                for (int offset : new int[] {0, 2}) {
                    query.setString(offset + 1, SubmissionState.OUTCOME_UNKNOWN.name());
                    query.setString(offset + 2, SubmissionState.REJECTED.name());
                }
                bindStates(query, 5, UNSETTLED);
                query.setString(9, SubmissionState.REJECTED.name());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return new OutboxCounts(rs.getInt(1), rs.getInt(2));
                }
            }
        });
    }

    /** One page of history for {@code query}. */
    public List<HistoryEntry> search(HistoryQuery query, int offset, int limit) {
        return database.read(connection -> {
            List<Object> args = new ArrayList<>();
            String from = from(query, args);
            String direction = query.descending() ? " DESC" : " ASC";
            String order = query.sort() != HistorySort.TIME ? query.sort().column + direction + ", s.local_id"
                    + direction
                    // Searching, the index hands out matches newest first, so a page needs only its own rows.
                    : hasText(query) ? "submission_search.rowid" + direction : "s.local_id" + direction;
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + ENTRY_COLUMNS + from
                    + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
                int index = bind(statement, args);
                statement.setInt(index, limit);
                statement.setInt(index + 1, offset);
                List<HistoryEntry> entries = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
                return entries;
            }
        });
    }

    /** How many submissions {@code query} matches. */
    public int count(HistoryQuery query) {
        return database.read(connection -> {
            List<Object> args = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*)" + from(query, args))) {
                bind(statement, args);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Full submissions (request and response included) matching {@code query}, in its order, one at a time. */
    public void forEachMatching(HistoryQuery query, Consumer<StoredSubmission> action) {
        database.read(connection -> {
            List<Object> args = new ArrayList<>();
            String direction = query.descending() ? " DESC" : " ASC";
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + FULL_COLUMNS
                    + " FROM submissions WHERE local_id IN (SELECT s.local_id" + from(query, args)
                    + ") ORDER BY local_id" + direction)) {
                bind(statement, args);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        action.accept(stored(rs));
                    }
                }
            }
            return null;
        });
    }

    /** Full submissions for these ids, in id order; ids that no longer exist are skipped. */
    public List<Submission> getAll(Collection<Long> localIds) {
        List<Submission> found = new ArrayList<>();
        for (long id : localIds.stream().sorted().toList()) {
            get(id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Deletes these submissions, except those the ATS may already have (being sent, outcome unknown, or an earlier
     * attempt may have created it): forgetting those could hide a duplicate or lose the only record of an
     * application. Returns how many were removed; {@link #mayBeInAts} names those kept.
     */
    public int delete(Collection<Long> localIds) {
        return database.write(connection -> {
            int removed = 0;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM submissions WHERE local_id = ? "
                    + "AND state NOT IN (?, ?) AND may_exist = 0")) {
                for (long id : localIds) {
                    delete.setLong(1, id);
                    bindStates(delete, 2, MAY_BE_IN_ATS);
                    removed += delete.executeUpdate();
                }
            }
            return removed;
        });
    }

    /** Which of these submissions the ATS may already have, so that a person must decide before deleting them. */
    public List<Long> mayBeInAts(Collection<Long> localIds) {
        return database.read(connection -> {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT local_id FROM submissions "
                    + "WHERE local_id = ? AND (state IN (?, ?) OR may_exist = 1)")) {
                for (long id : localIds) {
                    query.setLong(1, id);
                    bindStates(query, 2, MAY_BE_IN_ATS);
                    try (ResultSet rs = query.executeQuery()) {
                        if (rs.next()) {
                            found.add(id);
                        }
                    }
                }
            }
            return found;
        });
    }

    /** Distinct source names of the latest {@code submissions} submissions, newest first. */
    public List<String> recentSourceNames(int submissions) {
        List<Long> ids = search(HistoryQuery.all(), 0, submissions).stream().map(HistoryEntry::localId).toList();
        return getAll(ids).stream()
                .sorted(Comparator.comparing(Submission::createdAt).reversed())
                .map(submission -> submission.request().source())
                .filter(Objects::nonNull)
                .map(CreateApplicationRequest.SourceRef::name)
                .filter(name -> name != null && !name.isBlank())
                .distinct()
                .toList();
    }

    /**
     * Retention: removes settled submissions (created, rejected, cancelled) created before {@code cutoff}. Those
     * still being sent or checked are kept, since removing them could lose or duplicate an application.
     */
    public int purgeSettledBefore(Instant cutoff) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM submissions WHERE created_at < ? AND state NOT IN (?, ?, ?, ?)")) {
                delete.setLong(1, cutoff.toEpochMilli());
                bindStates(delete, 2, UNSETTLED);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Erasure: removes every submission of the candidate with this email (any case) or ATS candidate id, in any
     * state. Returns how many were removed. Either argument may be null.
     */
    public int forgetCandidate(String email, String candidateId) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM submissions WHERE candidate_email = ? OR candidate_id = ?")) {
                delete.setString(1, email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT));
                delete.setString(2, candidateId == null || candidateId.isBlank() ? null : candidateId.trim());
                return delete.executeUpdate();
            }
        });
    }

    /** The FTS5 query for what the user typed: every word must start a word of the row. Empty when none. */
    static String ftsQuery(String text) {
        StringBuilder query = new StringBuilder();
        for (String word : NOT_A_WORD.split(text == null ? "" : text.trim())) {
            if (!word.isEmpty()) {
                // Quoted, so FTS5 operators typed by the user (AND, NEAR, column:) are plain words.
                query.append(query.isEmpty() ? "" : " ").append('"').append(word).append("\"*");
            }
        }
        return query.toString();
    }

    private static boolean hasText(HistoryQuery query) {
        return !ftsQuery(query.text()).isEmpty();
    }

    /** The FROM and WHERE clauses for {@code query}, its arguments added to {@code args}. */
    private static String from(HistoryQuery query, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        String match = ftsQuery(query.text());
        String from = " FROM submissions s";
        if (!match.isEmpty()) {
            from = " FROM submission_search JOIN submissions s ON s.local_id = submission_search.rowid";
            clauses.add("submission_search MATCH ?");
            args.add(match);
        }
        if (!query.states().isEmpty()) {
            clauses.add("s.state IN (" + String.join(", ", Collections.nCopies(query.states().size(), "?"))
                    + ")");
            query.states().stream().map(Enum::name).sorted().forEach(args::add);
        }
        if (query.from() != null) {
            clauses.add("s.created_at >= ?");
            args.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            clauses.add("s.created_at < ?");
            args.add(query.to().toEpochMilli());
        }
        if (query.profileId() != null) {
            clauses.add("s.profile_id = ?");
            args.add(query.profileId());
        }
        return from + (clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses));
    }

    private static int bind(PreparedStatement statement, List<Object> args) throws SQLException {
        int index = 1;
        for (Object arg : args) {
            if (arg instanceof Long value) {
                statement.setLong(index++, value);
            } else {
                statement.setString(index++, (String) arg);
            }
        }
        return index;
    }

    private static void bindStates(PreparedStatement statement, int first, Set<SubmissionState> states)
            throws SQLException {
        int index = first;
        for (SubmissionState state : states.stream().sorted().toList()) {
            statement.setString(index++, state.name());
        }
    }

    private static Optional<StoredSubmission> findOn(Connection connection, long localId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + FULL_COLUMNS + " FROM submissions WHERE local_id = ?")) {
            query.setLong(1, localId);
            List<StoredSubmission> rows = readAll(query);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
        }
    }

    private static List<StoredSubmission> readAll(PreparedStatement query) throws SQLException {
        List<StoredSubmission> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(stored(rs));
            }
        }
        return rows;
    }

    private static StoredSubmission stored(ResultSet rs) throws SQLException {
        Submission submission = new Submission(
                rs.getLong("local_id"),
                rs.getString("profile_id"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                request(rs.getString("request_json")),
                SubmissionState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("application_id"),
                rs.getString("remote_application_id"),
                rs.getString("response_json"),
                integer(rs, "error_status"),
                rs.getString("error_message"));
        return new StoredSubmission(submission, instant(rs, "first_sent_at"), rs.getInt("failures"),
                rs.getInt("may_exist") != 0, rs.getInt("cancel_requested") != 0, new HistoryLabels(
                        rs.getString("candidate_name"), rs.getString("candidate_email"), rs.getString("job_title")),
                instant(rs, "last_sent_at"), instants(rs.getString("outcome_checks")), instant(rs, "not_before"),
                rs.getInt("request_version"));
    }

    private static HistoryEntry entry(ResultSet rs) throws SQLException {
        return new HistoryEntry(rs.getLong("local_id"), rs.getString("profile_id"), instant(rs, "created_at"),
                instant(rs, "updated_at"), SubmissionState.valueOf(rs.getString("state")),
                rs.getString("candidate_name"), rs.getString("candidate_email"), rs.getString("candidate_id"),
                rs.getString("job_id"), rs.getString("job_title"), rs.getString("application_id"),
                rs.getString("remote_application_id"),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), integer(rs, "error_status"),
                rs.getString("error_message"));
    }

    private static CreateApplicationRequest request(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, CreateApplicationRequest.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("A stored request could not be read: " + e.getOriginalMessage(), e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Epoch milliseconds, comma-separated; null for none. */
    private static String instants(List<Instant> values) {
        return values.isEmpty() ? null : String.join(",", values.stream()
                .map(at -> Long.toString(at.toEpochMilli())).toList());
    }

    private static List<Instant> instants(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<Instant> values = new ArrayList<>();
        for (String each : column.split(",")) {
            values.add(Instant.ofEpochMilli(Long.parseLong(each.trim())));
        }
        return values;
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : Instant.ofEpochMilli(instant.toEpochMilli());
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    static long lastId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
