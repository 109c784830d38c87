package dev.intake.fair.quick;

import dev.intake.ats.Job;
import dev.intake.common.Failures;
import dev.intake.common.TaskExecutor;
import dev.intake.fair.badge.BadgeScan;
import dev.intake.fair.capture.Capture;
import dev.intake.fair.capture.CaptureCounts;
import dev.intake.fair.capture.CaptureStore;
import dev.intake.fair.capture.EarlierCapture;
import dev.intake.fair.capture.EventSetup;
import dev.intake.form.Field;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import dev.intake.store.DraftStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Quick entry at a fair's booth: one visitor after another, by keyboard. {@link #save()} checks the form, asks
 * once when the email was captured at this event before, then freezes the visitor into a {@link Capture}, empties
 * the form at once (the job stays) and stores the capture on the executor, so staff type the next visitor while it
 * is written. A capture that could not be written is kept and offered again, never dropped.
 *
 * <p>Nothing typed is lost to a crash or a closed tab: the form is kept as the event's draft as it changes, and a
 * saved visitor stays in that draft until their capture is on disk (the screen's writes run one after another, in
 * order). The next time the event's quick entry opens, the draft is put back into the form.
 */
public final class QuickEntryViewModel {
    public static final int MAX_RATING = Capture.MAX_RATING;

    /** What the line under the form says. */
    public enum NoticeKind { NONE, SAVED, CLEARED, RESTORED, PROBLEM }

    private EventSetup setup;
    private final CaptureStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final QuickEntryForm form;
    private JobTypeAhead typeAhead;
    private final StringProperty jobQuery = new SimpleStringProperty(this, "jobQuery", "");
    private final ObservableList<Job> jobMatches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<QuickField> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");
    private final ReadOnlyObjectWrapper<EarlierCapture> samePersonOffer =
            new ReadOnlyObjectWrapper<>(this, "samePersonOffer");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyObjectWrapper<NoticeKind> noticeKind =
            new ReadOnlyObjectWrapper<>(this, "noticeKind", NoticeKind.NONE);
    private final ReadOnlyObjectWrapper<CaptureCounts> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", CaptureCounts.NONE);
    private final ReadOnlyIntegerWrapper saving = new ReadOnlyIntegerWrapper(this, "saving");
    private final ObservableList<Capture> unsaved = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(this, "undoAvailable");
    private final Map<String, EarlierCapture> earlierByEmail = new HashMap<>();
    private final Set<String> capturedIds = new HashSet<>();
    /** Saved visitors whose capture is being written. */
    private final List<Capture> inFlight = new ArrayList<>();
    private final WriteChain writes;
    private final QuickEntryDrafts drafts;
    /** The id the visitor being typed will be captured under. */
    private String visitorId = UUID.randomUUID().toString();
    private QuickEntryForm.Typed beforeClear;

    /** {@code drafts} keeps the form between keystrokes (see {@link DraftStore#quickEntryId(String)}). */
    public QuickEntryViewModel(EventSetup setup, CaptureStore store, DraftStore drafts, TaskExecutor executor,
            Messages messages, Clock clock) {
        this.setup = Objects.requireNonNull(setup);
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.form = new QuickEntryForm(messages, setup.consentRequired());
        this.writes = new WriteChain(executor);
        this.drafts = new QuickEntryDrafts(drafts, setup.eventId(), executor, writes, clock, this::draft,
                error -> problem(messages.get("fair.quick.draftNotKept", Failures.reason(error))));
        this.typeAhead = new JobTypeAhead(setup.jobs());
        jobMatches.setAll(setup.jobs());
        jobQuery.addListener((obs, old, now) -> {
            if (!Objects.equals(now, JobTypeAhead.display(form.job().get()))) {
                jobMatches.setAll(typeAhead.matches(now));
            }
        });
        form.email().valueProperty().addListener((obs, old, now) -> samePersonOffer.set(null));
        form.firstName().valueProperty().addListener((obs, old, now) -> forgetUndoOnTyping(now));
        // Filled just after the change, not inside it: the field's own binding to its control is still updating.
        form.firstName().valueProperty().addListener((obs, old, now) -> BadgeScan.detect(now).ifPresent(
                scan -> executor.runOnUiAfter(Duration.ZERO, () -> fillFrom(scan))));
        form.onAnyChange(this.drafts::changed);
    }

    /**
     * Reads who was captured before and the tally, then the draft an earlier session left: what was being typed goes
     * back into the form, and visitors saved but not yet on disk are written now. Call once when the screen opens.
     */
    public void start() {
        writes.then(() -> () -> new Loaded(store.captured(setup.eventId()), store.counts(setup.eventId())),
                loaded -> {
                    loaded.earlier().forEach(this::remember);
                    counts.set(loaded.counts());
                },
                error -> problem(messages.get("fair.quick.loadFailed", Failures.reason(error))));
        drafts.read(this::restore, error -> problem(messages.get("fair.quick.draftUnreadable", Failures.reason(error))));
    }

    private record Loaded(List<EarlierCapture> earlier, CaptureCounts counts) {
    }

    private void remember(EarlierCapture earlier) {
        capturedIds.add(earlier.captureId());
        if (earlier.email() != null) {
            earlierByEmail.putIfAbsent(earlier.email().strip().toLowerCase(java.util.Locale.ROOT), earlier);
        }
    }

    /**
     * Ctrl+Enter. With a problem, names it and moves focus to the first field that has one; with an email seen at
     * this event before, asks whether it is the same person (Ctrl+Enter again says yes); else saves.
     */
    public void save() {
        if (samePersonOffer.get() != null) {
            saveAsSamePerson();
            return;
        }
        settleJobText();
        form.group().revealAll();
        Optional<Field<?>> invalid = form.group().firstInvalid();
        if (invalid.isPresent()) {
            problem(invalid.get().problemProperty().get());
            requestFocus(form.nameOf(invalid.get()));
            return;
        }
        EarlierCapture earlier = earlierByEmail.get(form.emailKey());
        if (earlier != null) {
            samePersonOffer.set(earlier);
            return;
        }
        store(null);
    }

    /** The visitor is the one captured before with this email: no new person is counted or created. */
    public void saveAsSamePerson() {
        EarlierCapture earlier = samePersonOffer.get();
        if (earlier != null) {
            samePersonOffer.set(null);
            store(earlier.captureId());
        }
    }

    /** Two people share the email (a family address, say): save as a new visitor. */
    public void saveAsNewPerson() {
        if (samePersonOffer.get() != null) {
            samePersonOffer.set(null);
            store(null);
        }
    }

    private void store(String samePersonAs) {
        Job job = form.job().get();
        QuickDraft.Visitor typed = QuickDraft.Visitor.typed(visitorId, form.typed(), job);
        Capture capture = new Capture(visitorId, setup.eventId(), clock.instant(),
                form.firstName().get().strip(), form.lastName().get().strip(), form.email().get().strip(),
                Rules.trimToNull(form.phone().get()), job, form.rating().get(), Rules.trimToNull(form.note().get()),
                Boolean.TRUE.equals(form.consent().get()), samePersonAs, null);
        if (samePersonAs == null) {
            remember(new EarlierCapture(capture.id(), capture.fullName(), capture.email(),
                    JobTypeAhead.display(job), capture.capturedAt()));
        }
        form.clearVisitor();
        visitorId = UUID.randomUUID().toString();
        beforeClear = null;
        undoAvailable.set(false);
        requestFocus(QuickField.FIRST_NAME);
        inFlight.add(capture);
        if (!drafts.holdsTyping(typed)) {
            // Typed faster than the draft is written: the draft takes the visitor before the capture is written.
            drafts.writeNow();
        }
        write(capture);
    }

    /**
     * Writes a capture already among {@link #inFlight}, after the writes asked for before. Only once it is on disk
     * (or known to have failed, and so kept among the unsaved) does the draft make way for what is typed now.
     */
    private void write(Capture capture) {
        saving.set(saving.get() + 1);
        writes.then(() -> () -> {
            store.save(capture);
            return store.counts(setup.eventId());
        }, tally -> {
            saving.set(saving.get() - 1);
            inFlight.remove(capture);
            capturedIds.add(capture.id());
            counts.set(tally);
            noticeKind.set(NoticeKind.SAVED);
            notice.set(messages.get("fair.quick.saved", capture.fullName(), JobTypeAhead.display(capture.job())));
            drafts.writeNow();
        }, error -> {
            saving.set(saving.get() - 1);
            inFlight.remove(capture);
            unsaved.add(capture);
            problem(messages.get("fair.quick.notSaved", capture.fullName(), Failures.reason(error)));
            drafts.writeNow();
        });
    }

    /** Writes the captures that could not be written again, under the same ids (never twice). */
    public void retryUnsaved() {
        List<Capture> again = List.copyOf(unsaved);
        inFlight.addAll(again);
        unsaved.clear();
        again.forEach(this::write);
    }

    /** What the draft holds now: the visitor being typed, and the saved ones not yet on disk. */
    private QuickDraft draft() {
        QuickEntryForm.Typed typed = form.typed();
        List<QuickDraft.Visitor> pending = new ArrayList<>();
        inFlight.forEach(capture -> pending.add(QuickDraft.Visitor.of(capture)));
        unsaved.forEach(capture -> pending.add(QuickDraft.Visitor.of(capture)));
        return new QuickDraft(typed.isEmpty() ? null : QuickDraft.Visitor.typed(visitorId, typed, form.job().get()),
                pending);
    }

    /**
     * Puts back what an earlier session left: saved visitors whose capture is not on disk are written (under their
     * ids, so never twice), and the visitor being typed goes back into an empty form, undone by Ctrl+Z.
     */
    private void restore(QuickDraft draft) {
        Set<String> pendingIds = new HashSet<>();
        for (QuickDraft.Visitor visitor : draft.pending()) {
            if (!capturedIds.contains(visitor.captureId()) && pendingIds.add(visitor.captureId())) {
                Capture capture = visitor.capture(setup.eventId(), setup.jobs());
                remember(new EarlierCapture(capture.id(), capture.fullName(), capture.email(),
                        JobTypeAhead.display(capture.job()), capture.capturedAt()));
                inFlight.add(capture);
                write(capture);
            }
        }
        QuickDraft.Visitor typing = draft.typing();
        if (typing != null && !capturedIds.contains(typing.captureId()) && !pendingIds.contains(typing.captureId())
                && form.typed().isEmpty()) {
            QuickEntryForm.Typed before = form.typed();
            form.restore(typing.typed());
            Job job = typing.job(setup.jobs());
            if (job != null) {
                pickJob(job);
            }
            visitorId = typing.captureId();
            beforeClear = before;
            undoAvailable.set(true);
            noticeKind.set(NoticeKind.RESTORED);
            notice.set(messages.get("fair.quick.restored"));
            requestFocus(QuickField.FIRST_NAME);
        }
        drafts.writeNow();
    }

    /**
     * The screen closes (its tab, or the window): what is typed is written now. True when a visitor was being typed
     * or is not yet saved, so the draft will bring them back.
     */
    public boolean close() {
        drafts.writeNow();
        return !form.typed().isEmpty() || !unsaved.isEmpty() || !inFlight.isEmpty();
    }

    /**
     * Whether closing this screen now would lose something: a visitor partly typed, one cleared that Undo can still
     * bring back, a save under way or captures that could not be written yet.
     */
    public boolean holdsWork() {
        return !form.typed().isEmpty() || beforeClear != null || saving.get() > 0 || !unsaved.isEmpty()
                || samePersonOffer.get() != null;
    }

    /** Esc: empties the visitor's part of the form; {@link #undoClear()} puts it back. */
    public void clear() {
        QuickEntryForm.Typed typed = form.typed();
        samePersonOffer.set(null);
        if (typed.isEmpty()) {
            return;
        }
        form.clearVisitor();
        beforeClear = typed;
        undoAvailable.set(true);
        noticeKind.set(NoticeKind.CLEARED);
        notice.set(messages.get("fair.quick.cleared"));
        requestFocus(QuickField.FIRST_NAME);
    }

    /** Ctrl+Z or the Undo link after Esc. */
    public void undoClear() {
        if (beforeClear != null) {
            QuickEntryForm.Typed typed = beforeClear;
            beforeClear = null;
            undoAvailable.set(false);
            if (typed.isEmpty()) {
                form.clearVisitor();
            } else {
                form.restore(typed);
            }
            noticeKind.set(NoticeKind.NONE);
            notice.set(null);
        }
    }

    private void forgetUndoOnTyping(String now) {
        if (beforeClear != null && !Rules.isBlank(now)) {
            beforeClear = null;
            undoAvailable.set(false);
        }
    }

    /** A badge scan filled the form (see {@link QuickEntryForm#fillFrom}): the next field is Job. */
    private void fillFrom(BadgeScan scan) {
        if (form.fillFrom(scan, messages)) {
            requestFocus(QuickField.JOB);
        }
    }

    /**
     * The event pack was fetched again: its jobs are offered from now on. The job kept for the next visitor stays
     * while it is still offered; a job no longer open is taken out, and the line under the form says so.
     */
    public void offerJobs(List<Job> jobs) {
        setup = new EventSetup(setup.eventId(), setup.eventName(), setup.consentRequired(), setup.consentText(),
                jobs);
        typeAhead = new JobTypeAhead(setup.jobs());
        Job picked = form.job().get();
        Optional<Job> still = picked == null ? Optional.empty()
                : setup.jobs().stream().filter(job -> job.id().equals(picked.id())).findFirst();
        if (still.isPresent()) {
            pickJob(still.get());
        } else if (picked != null) {
            form.job().set(null);
            jobQuery.set("");
            problem(messages.get("fair.quick.jobGone", JobTypeAhead.display(picked)));
        }
        jobMatches.setAll(typeAhead.matches(jobQuery.get()));
    }

    /** Keys 1 to 4 rate, 0 clears. */
    public void rate(int stars) {
        if (stars >= 0 && stars <= MAX_RATING) {
            form.rating().set(stars);
        }
    }

    /** Tab or Enter in Job: takes the best match of what was typed; returns false when nothing matches. */
    public boolean takeTopMatch() {
        Job current = form.job().get();
        if (current != null && Objects.equals(jobQuery.get(), JobTypeAhead.display(current))) {
            return true;
        }
        List<Job> matches = typeAhead.matches(jobQuery.get());
        if (matches.isEmpty()) {
            form.job().touch();
            form.job().setServerProblem(messages.get("fair.quick.noJobMatch", jobQuery.get().strip()));
            return false;
        }
        pickJob(matches.getFirst());
        return true;
    }

    /** Text typed in Job but not yet taken is taken now; an emptied Job means no job. */
    private void settleJobText() {
        if (Rules.isBlank(jobQuery.get())) {
            form.job().set(null);
        } else if (!takeTopMatch()) {
            form.job().set(null);
        }
    }

    public void pickJob(Job job) {
        form.job().setServerProblem(null);
        form.job().set(job);
        jobQuery.set(JobTypeAhead.display(job));
        jobMatches.setAll(setup.jobs());
    }

    private void problem(String text) {
        noticeKind.set(NoticeKind.PROBLEM);
        notice.set(text);
    }

    private void requestFocus(QuickField field) {
        focusRequest.set(null);
        focusRequest.set(field);
    }

    public EventSetup setup() {
        return setup;
    }

    public Field<String> firstName() {
        return form.firstName();
    }

    public Field<String> lastName() {
        return form.lastName();
    }

    public Field<String> email() {
        return form.email();
    }

    public Field<String> phone() {
        return form.phone();
    }

    public Field<Job> job() {
        return form.job();
    }

    public StringProperty jobQueryProperty() {
        return jobQuery;
    }

    public ObservableList<Job> jobMatches() {
        return jobMatches;
    }

    public IntegerProperty rating() {
        return form.rating();
    }

    public Field<String> note() {
        return form.note();
    }

    public Field<Boolean> consent() {
        return form.consent();
    }

    /** The field the view should focus next; set again for each request. */
    public ReadOnlyObjectProperty<QuickField> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EarlierCapture> samePersonOfferProperty() {
        return samePersonOffer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NoticeKind> noticeKindProperty() {
        return noticeKind.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaptureCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Captures being written right now. */
    public ReadOnlyIntegerProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Captures whose write failed: kept here until {@link #retryUnsaved()} writes them. */
    public ObservableList<Capture> unsaved() {
        return unsaved;
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
    }

    public String samePersonQuestion() {
        EarlierCapture earlier = samePersonOffer.get();
        return earlier == null ? null : messages.get("fair.quick.samePerson", earlier.name(), earlier.email(),
                earlier.jobTitle());
    }
}
