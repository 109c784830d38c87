package dev.intake.store;

import dev.intake.ats.CreateApplicationRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

    /** States whose application is in the ATS, so that its note and documents go after it. */
    public static final Set<SubmissionState> FOLLOWED_UP = Set.of(SubmissionState.CREATED,
            SubmissionState.ALREADY_IN_ATS);

    /** States in which the ATS may have the application though Intake has no answer yet. */
    static final Set<SubmissionState> MAY_BE_IN_ATS = Set.of(SubmissionState.SENDING,
            SubmissionState.OUTCOME_UNKNOWN);

    private final Database database;
    private final HistorySearch history;
    private final SubmissionDocuments documents;

    public SubmissionStore(Database database) {
        this.database = database;
        this.history = new HistorySearch(database);
        this.documents = new SubmissionDocuments(database);
    }

    /** The documents to upload after the creates. */
    public SubmissionDocuments documents() {
        return documents;
    }

    /** Submissions in the ATS whose note or a document is pending and due at {@code now}, oldest first. */
    public List<Long> followUpsDue(Instant now) {
        return SubmissionQueries.followUpsDue(database, now);
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
        FollowUpState noteState;
        int noteAttempts;
        Instant noteNextAt;
        Integer noteErrorStatus;
        String noteError;
        String emailLookup;

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
            noteState = s.noteState();
            noteAttempts = stored.noteAttempts();
            noteNextAt = stored.noteNextAt();
            noteErrorStatus = s.note() == null ? null : s.note().errorStatus();
            noteError = s.note() == null ? null : s.note().errorMessage();
            emailLookup = stored.emailLookup();
        }

        /** The follow-up note's state; null when the submission has no note (then it stays null). */
        public FollowUpState noteState() {
            return noteState;
        }

        /** Sets the note's state and last error (both null once it no longer applies); ignored without a note. */
        public Edit note(FollowUpState state, Integer errorStatus, String error) {
            if (noteState != null) {
                noteState = state;
                noteErrorStatus = errorStatus;
                noteError = error;
            }
            return this;
        }

        public int noteAttempts() {
            return noteAttempts;
        }

        public Edit noteAttempts(int attempts) {
            noteAttempts = attempts;
            return this;
        }

        public Instant noteNextAt() {
            return noteNextAt;
        }

        /** When the note is to be sent (again); null for as soon as the application is created. */
        public Edit noteNextAt(Instant at) {
            noteNextAt = at;
            return this;
        }

        /** What the look-up by email found: null until done, empty when nobody, else the candidate id. */
        public String emailLookup() {
            return emailLookup;
        }

        public Edit emailLookup(String found) {
            emailLookup = found;
            return this;
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

    /** A submission's id, and whether its once-only key was stored before (then nothing new was stored). */
    public record Inserted(long localId, boolean alreadyKnown) {
    }

    /** Records a new submission as QUEUED, before anything is sent. */
    public StoredSubmission insert(String profileId, CreateApplicationRequest request, HistoryLabels labels,
            Instant now) {
        long id = insertAll(List.of(new NewSubmission(profileId, request, labels, now))).getFirst();
        return find(id).orElseThrow();
    }

    /** Records several submissions as QUEUED in one transaction (an import); returns their ids in order. */
    public List<Long> insertAll(List<NewSubmission> submissions) {
        return insertKeyed(submissions).stream().map(Inserted::localId).toList();
    }

    /**
     * As {@link #insertAll}, saying for each whether its once-only key was stored before: that one stores nothing,
     * and its id is the stored submission's. Keys are checked and written in one transaction, so two callers racing
     * with the same key store it once.
     */
    public List<Inserted> insertKeyed(List<NewSubmission> submissions) {
        return database.write(connection -> SubmissionWrites.insert(connection, submissions));
    }

    /** The submission stored with this once-only key. */
    public Optional<StoredSubmission> byOnceKey(String onceKey) {
        return SubmissionQueries.byOnceKey(database, onceKey);
    }

    /** Every submission with this origin, oldest first. */
    public List<StoredSubmission> byOrigin(String origin) {
        return SubmissionQueries.byOrigin(database, origin);
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
        return SubmissionQueries.unsettledIds(database);
    }

    /** Profiles that have submissions the outbox still works on. */
    public List<String> unsettledProfiles() {
        return SubmissionQueries.unsettledProfiles(database);
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
        return SubmissionQueries.nextWakeUp(database);
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
        return SubmissionQueries.countByState(database);
    }

    /** Pending and failed counts for the status bar (see {@link OutboxCounts}). */
    public OutboxCounts outboxCounts() {
        return SubmissionQueries.outboxCounts(database);
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
        return SubmissionDeletes.delete(database, localIds);
    }

    /** Which of these submissions the ATS may already have, so that a person must decide before deleting them. */
    public List<Long> mayBeInAts(Collection<Long> localIds) {
        return SubmissionDeletes.mayBeInAts(database, localIds);
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
        return SubmissionDeletes.purgeSettledBefore(database, cutoff);
    }

    /**
     * Erasure: removes every submission of the candidate with this email (any case) or ATS candidate id, in any
     * state. Returns how many were removed. Either argument may be null.
     */
    public int forgetCandidate(String email, String candidateId) {
        return SubmissionDeletes.forgetCandidate(database, email, candidateId);
    }

}
