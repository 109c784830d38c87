package dev.intake.history;

import dev.intake.accounts.Profile;
import dev.intake.ats.NewCandidate;
import dev.intake.common.TaskExecutor;
import dev.intake.outbox.Outbox;
import dev.intake.store.HistoryEntry;
import dev.intake.store.HistoryQuery;
import dev.intake.store.HistorySort;
import dev.intake.store.SqliteDraftStore;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Every submission with its time, candidate, job, state and ATS ids: search as you type, filters, sorting, details
 * and the actions on a submission. The rows come a page at a time from {@link HistoryPages}; the details of the
 * selected one from {@link HistoryDetails}. All database work runs through the {@link TaskExecutor}; results land on
 * the UI thread, and an answer to an older query never replaces a newer one.
 */
public final class HistoryViewModel {
    public static final int PAGE_SIZE = 200;
    /** Typing pauses shorter than this do not start a search. */
    static final Duration SEARCH_DELAY = Duration.ofMillis(150);
    /** Outbox changes arriving in a burst cause one refresh. */
    static final Duration REFRESH_DELAY = Duration.ofMillis(300);

    /** What history asks the rest of the app to do; the main window hands these to the wizard. */
    public sealed interface Request {
    }

    /**
     * Open the wizard prefilled with this submission; when the user submits it, send it with
     * {@link Outbox#resubmit(long, dev.intake.ats.CreateApplicationRequest)} for {@code submission.localId()}.
     */
    public record EditAndResubmit(Submission submission) implements Request {
    }

    /** Open the wizard for a new application of this candidate: an ATS candidate id, or the details typed before. */
    public record NewApplicationFor(String profileId, String candidateId, NewCandidate candidate) implements Request {
    }

    /** Offer these sandbox submissions for sending to a connected account. */
    public record SendToAccount(List<Long> localIds) implements Request {
    }

    /** Groups of states the status filter offers. */
    public enum StatusFilter {
        ALL(Set.of()),
        CREATED(Set.of(SubmissionState.CREATED)),
        PENDING(Set.of(SubmissionState.QUEUED, SubmissionState.SENDING, SubmissionState.WAITING_TO_RETRY)),
        NEEDS_ATTENTION(Set.of(SubmissionState.REJECTED, SubmissionState.OUTCOME_UNKNOWN)),
        REJECTED(Set.of(SubmissionState.REJECTED)),
        OUTCOME_UNKNOWN(Set.of(SubmissionState.OUTCOME_UNKNOWN)),
        CANCELLED(Set.of(SubmissionState.CANCELLED));

        private final Set<SubmissionState> states;

        StatusFilter(Set<SubmissionState> states) {
            this.states = states;
        }

        public Set<SubmissionState> states() {
            return states;
        }
    }

    private final SubmissionStore store;
    private final SqliteDraftStore drafts;
    private final Outbox outbox;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final ResourceBundle messages;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(this, "statusFilter",
            StatusFilter.ALL);
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final StringProperty profileId = new SimpleStringProperty(this, "profileId");
    private final ObjectProperty<HistorySort> sort = new SimpleObjectProperty<>(this, "sort", HistorySort.TIME);
    private final BooleanProperty descending = new SimpleBooleanProperty(this, "descending", true);

    private final HistoryPages pages;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<HistoryEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final HistoryDetails details;

    private final HistoryDecisions decisions;
    private final HistoryNotes notes;
    private Consumer<Request> requestHandler = request -> { };
    private TaskExecutor.Cancellable pendingSearch;
    private TaskExecutor.Cancellable pendingRefresh;
    private Runnable stopListening;

    public HistoryViewModel(SubmissionStore store, SqliteDraftStore drafts, Outbox outbox, TaskExecutor executor,
            Clock clock, ResourceBundle messages) {
        this.store = store;
        this.drafts = drafts;
        this.outbox = outbox;
        this.executor = executor;
        this.clock = clock;
        this.zone = clock.getZone();
        this.messages = messages;
        this.decisions = new HistoryDecisions(outbox, messages, work -> act(work, done -> done));
        this.pages = new HistoryPages(this, store, executor, this::query, decisions, this::failed);
        this.notes = new HistoryNotes(executor, selected);
        this.details = new HistoryDetails(this, store, executor, messages);
        searchText.addListener((obs, old, now) -> searchSoon());
        statusFilter.addListener((obs, old, now) -> reload());
        fromDate.addListener((obs, old, now) -> reload());
        toDate.addListener((obs, old, now) -> reload());
        profileId.addListener((obs, old, now) -> reload());
        sort.addListener((obs, old, now) -> reload());
        descending.addListener((obs, old, now) -> reload());
        selected.addListener((obs, old, now) -> details.load(now, this::failed));
        selected.addListener((obs, old, now) -> notes.load(now, this::failed));
    }

    /** Where the notes on a submission come from ("sent to <profile>"); blocking, run on a worker thread. */
    public void setNotes(Function<Long, List<String>> notesOf) {
        notes.setSource(notesOf);
    }

    /** The notes on the selected submission, one a line; empty when there are none. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.textProperty();
    }

    /** Shows the first rows and follows the outbox from now on. Call on the UI thread. */
    public void open() {
        if (stopListening == null) {
            // Called on the outbox's thread: only hop to the UI thread there.
            stopListening = outbox.addListener(changed -> executor.runOnUi(this::refreshSoon));
        }
        reload();
    }

    /** Stops following the outbox and drops work in progress. */
    public void close() {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        cancel(pendingSearch);
        cancel(pendingRefresh);
        pages.cancel();
        details.cancel();
    }

    /** Send again or mark as created, for the submissions the ATS could not confirm. */
    public HistoryDecisions decisions() {
        return decisions;
    }

    /** Where {@link Request}s go (the main window opens the wizard). */
    public void setRequestHandler(Consumer<Request> handler) {
        this.requestHandler = Objects.requireNonNull(handler);
    }

    // ---- the query ---------------------------------------------------------------------------------------

    /** The query the filters describe now. */
    public HistoryQuery query() {
        Instant from = fromDate.get() == null ? null : fromDate.get().atStartOfDay(zone).toInstant();
        Instant to = toDate.get() == null ? null : toDate.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new HistoryQuery(searchText.get(), statusFilter.get() == null ? Set.of() : statusFilter.get().states(),
                from, to, profileId.get() == null || profileId.get().isBlank() ? null : profileId.get(), sort.get(),
                descending.get());
    }

    private void searchSoon() {
        cancel(pendingSearch);
        pendingSearch = executor.runOnUiAfter(SEARCH_DELAY, () -> {
            pendingSearch = null;
            reload();
        });
    }

    private void refreshSoon() {
        if (pendingRefresh == null) {
            pendingRefresh = executor.runOnUiAfter(REFRESH_DELAY, () -> {
                pendingRefresh = null;
                load(Math.max(PAGE_SIZE, pages.rows().size()), true);
            });
        }
    }

    /** Runs the query again from the first row. */
    public void reload() {
        load(PAGE_SIZE, false);
    }

    private void load(int limit, boolean keepMessage) {
        if (!keepMessage) {
            message.set("");
        }
        pages.load(limit);
    }

    /** Appends the next page (the list was scrolled to its end). */
    public void loadMore() {
        pages.loadMore(PAGE_SIZE);
    }

    // ---- actions -----------------------------------------------------------------------------------------

    /** True when some of {@code entries} was made on the sandbox, so it may be sent to a connected account. */
    public static boolean canSendToAccount(List<HistoryEntry> entries) {
        return entries.stream().anyMatch(e -> e != null && Profile.SANDBOX_ID.equals(e.profileId()));
    }

    /** Asks for the sandbox submissions among {@code entries} to be offered for sending to a connected account. */
    public void sendToAccount(List<HistoryEntry> entries) {
        List<Long> ids = entries.stream().filter(e -> e != null && Profile.SANDBOX_ID.equals(e.profileId()))
                .map(HistoryEntry::localId).toList();
        if (!ids.isEmpty()) {
            requestHandler.accept(new SendToAccount(ids));
        }
    }

    /** Whether "Retry" applies: waiting to be sent again, or an unknown outcome to check again. */
    public static boolean canRetry(HistoryEntry entry) {
        return entry != null && (entry.state() == SubmissionState.WAITING_TO_RETRY
                || entry.state() == SubmissionState.OUTCOME_UNKNOWN);
    }

    /** Whether "Edit and resubmit" applies. */
    public static boolean canEdit(HistoryEntry entry) {
        return entry != null && (entry.state() == SubmissionState.REJECTED
                || entry.state() == SubmissionState.WAITING_TO_RETRY || entry.state() == SubmissionState.QUEUED
                || entry.state() == SubmissionState.CANCELLED);
    }

    public void retry(HistoryEntry entry) {
        act(() -> {
            outbox.retryNow(entry.localId());
            return null;
        }, text("history.done.retry"));
    }

    public void cancelSubmission(HistoryEntry entry) {
        act(() -> outbox.cancel(entry.localId()), text("history.done.cancel"));
    }

    /** Asks the wizard to open with this submission's request, to edit and send it again. */
    public void editAndResubmit(HistoryEntry entry) {
        executor.wrap(() -> store.get(entry.localId()).orElseThrow()).onSuccess(submission ->
                requestHandler.accept(new EditAndResubmit(submission))).onFailure(this::failed).start();
    }

    /** Asks the wizard to start a new application for the same candidate. */
    public void newApplicationForCandidate(HistoryEntry entry) {
        executor.wrap(() -> store.get(entry.localId()).orElseThrow()).onSuccess(submission -> {
            // A new candidate's ATS id is not known here; their details let the wizard's duplicate check find them.
            String candidateId = submission.request().candidateId();
            requestHandler.accept(new NewApplicationFor(submission.profileId(), candidateId,
                    candidateId == null ? submission.request().candidate() : null));
        }).onFailure(this::failed).start();
    }

    /** The ATS ids as text for the clipboard: "application id (remote id)", one line per entry. */
    public static String idsText(List<HistoryEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (HistoryEntry entry : entries) {
            if (entry.applicationId() == null) {
                continue;
            }
            text.append(text.isEmpty() ? "" : System.lineSeparator()).append(entry.applicationId());
            if (entry.remoteApplicationId() != null) {
                text.append(" (").append(entry.remoteApplicationId()).append(')');
            }
        }
        return text.toString();
    }

    /**
     * Deletes these entries from this computer, except those the ATS may already have (being sent, outcome unknown,
     * or an earlier attempt may have created it): the message says which were kept and why.
     */
    public void delete(List<HistoryEntry> entries) {
        List<Long> ids = entries.stream().map(HistoryEntry::localId).toList();
        act(() -> {
            int kept = store.mayBeInAts(ids).size();
            return new int[] {store.delete(ids), kept};
        }, counts -> counts[1] == 0 ? format("history.done.delete", counts[0])
                : format("history.delete.refused", counts[0], counts[1]));
    }

    /** Exports these entries, or everything when {@code entries} is empty, to {@code file}. */
    public void export(List<HistoryEntry> entries, HistoryExport.Format format, Path file) {
        List<Long> ids = entries.stream().map(HistoryEntry::localId).toList();
        act(() -> ids.isEmpty() ? HistoryExport.everything(store, format, file)
                : HistoryExport.selection(store, ids, format, file),
                count -> format("history.done.export", count, file));
    }

    /**
     * Retention: removes settled submissions and drafts older than {@code days} days. Submissions still being sent
     * or checked are kept.
     */
    public void purgeOlderThan(int days) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        act(() -> store.purgeSettledBefore(cutoff) + drafts.purgeSavedBefore(cutoff),
                count -> format("history.done.purge", count, days));
    }

    /** Erasure: removes every submission and draft of this entry's candidate (by email and by ATS id). */
    public void forgetCandidate(HistoryEntry entry) {
        String email = entry.candidateEmail();
        String candidateId = entry.candidateId();
        act(() -> store.forgetCandidate(email, candidateId) + drafts.forgetMentioning(email)
                + drafts.forgetMentioning(candidateId), count -> format("history.done.forget", count));
    }

    private <T> void act(Callable<T> work, String done) {
        act(work, result -> done);
    }

    private <T> void act(Callable<T> work, java.util.function.Function<T, String> done) {
        executor.wrap(work).onSuccess(result -> {
            message.set(done.apply(result));
            load(Math.max(PAGE_SIZE, pages.rows().size()), true);
            if (selected.get() != null) {
                details.load(selected.get(), this::failed);
            }
        }).onFailure(this::failed).start();
    }

    private void failed(Throwable error) {
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        message.set(format("history.failed", why));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private String text(String key) {
        return messages.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }

    private static void cancel(TaskExecutor.Cancellable cancellable) {
        if (cancellable != null) {
            cancellable.cancel();
        }
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public StringProperty profileIdProperty() {
        return profileId;
    }

    public ObjectProperty<HistorySort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public ObservableList<HistoryEntry> rows() {
        return pages.rows();
    }

    /** How many submissions the filters match; -1 until counted. */
    public ReadOnlyIntegerProperty totalProperty() {
        return pages.totalProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return pages.loadingProperty();
    }

    public ReadOnlyBooleanProperty moreAvailableProperty() {
        return pages.moreAvailableProperty();
    }

    /** The outcome of the last action, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The entry whose details are shown; set by the view. */
    public ObjectProperty<HistoryEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Submission> detailsProperty() {
        return details.detailsProperty();
    }

    public ReadOnlyStringProperty requestJsonProperty() {
        return details.requestJsonProperty();
    }

    /** Where the application, its note and each document stand, one a line; empty without note or documents. */
    public ReadOnlyStringProperty partsProperty() {
        return details.partsProperty();
    }

    public ReadOnlyStringProperty responseJsonProperty() {
        return details.responseJsonProperty();
    }
}
