package dev.intake.store;

import dev.intake.ats.CreateApplicationRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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

    private final Database database;
    private final HistorySearch history;

    public SubmissionStore(Database database) {
        this.database = database;
        this.history = new HistorySearch(database);
    }

    /** The values a state transition may change; starts as the stored row. */
    public static final class Edit {
        SubmissionState state;
        CreateApplicationRequest request;
        int attempts;
        int failures;
        Instant nextAttemptAt;
        Instant firstSentAt;
        boolean mayExist;
        boolean cancelRequested;
        String applicationId;
        String remoteApplicationId;
        String responseJson;
        Integer errorStatus;
        String errorMessage;
        HistoryLabels labels;
        Instant lastSentAt;
        List<Instant> outcomeChecks;
        Instant notBefore;
        final int requestVersion;

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
        return database.write(connection -> SubmissionWrites.insert(connection, submissions));
    }

    public Optional<StoredSubmission> find(long localId) {
        return database.read(connection -> SubmissionRows.findOn(connection, localId));
    }

    public Optional<Submission> get(long localId) {
        return find(localId).map(StoredSubmission::submission);
    }

    /** Submissions the outbox still works on, oldest first. */
    public List<StoredSubmission> unsettled() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + SubmissionRows.FULL_COLUMNS
                    + " FROM submissions WHERE state IN (?, ?, ?, ?) ORDER BY local_id")) {
                SubmissionRows.bindStates(query, 1, UNSETTLED);
                return SubmissionRows.readAll(query);
            }
        });
    }

    /** Ids of the submissions the outbox still works on, oldest first (without loading their bodies). */
    public List<Long> unsettledIds() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT local_id FROM submissions WHERE state IN (?, ?, ?, ?) ORDER BY local_id")) {
                SubmissionRows.bindStates(query, 1, UNSETTLED);
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
                SubmissionRows.bindStates(query, 1, UNSETTLED);
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
            Optional<StoredSubmission> current = SubmissionRows.findOn(connection, localId);
            if (current.isEmpty() || !from.contains(current.get().submission().state())) {
                return Optional.empty();
            }
            if (requestVersion != null && current.get().requestVersion() != requestVersion) {
                return Optional.empty();
            }
            Edit edit = new Edit(current.get());
            change.accept(edit);
            return Optional.of(SubmissionWrites.apply(connection, localId, current.get(), edit, now));
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
                SubmissionRows.bindStates(query, 5, UNSETTLED);
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
        return history.search(query, offset, limit);
    }

    /** How many submissions {@code query} matches. */
    public int count(HistoryQuery query) {
        return history.count(query);
    }

    /** Full submissions (request and response included) matching {@code query}, in its order, one at a time. */
    public void forEachMatching(HistoryQuery query, Consumer<StoredSubmission> action) {
        history.forEachMatching(query, action);
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
                    SubmissionRows.bindStates(delete, 2, MAY_BE_IN_ATS);
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
                    SubmissionRows.bindStates(query, 2, MAY_BE_IN_ATS);
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
                SubmissionRows.bindStates(delete, 2, UNSETTLED);
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

}
