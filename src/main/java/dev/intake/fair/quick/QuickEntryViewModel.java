package dev.intake.fair.quick;

import dev.intake.ats.Job;
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
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 */
public final class QuickEntryViewModel {
    public static final int MAX_RATING = Capture.MAX_RATING;

    /** What the line under the form says. */
    public enum NoticeKind { NONE, SAVED, CLEARED, PROBLEM }

    private final EventSetup setup;
    private final CaptureStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final QuickEntryForm form;
    private final JobTypeAhead typeAhead;
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
    private QuickEntryForm.Typed beforeClear;

    public QuickEntryViewModel(EventSetup setup, CaptureStore store, TaskExecutor executor, Messages messages,
            Clock clock) {
        this.setup = Objects.requireNonNull(setup);
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.form = new QuickEntryForm(messages, setup.consentRequired());
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
    }

    /** Reads who was captured before and the tally; call once when the screen opens. */
    public void start() {
        executor.wrap(() -> new Loaded(store.captured(setup.eventId()), store.counts(setup.eventId())))
                .onSuccess(loaded -> {
                    loaded.earlier().forEach(this::remember);
                    counts.set(loaded.counts());
                })
                .onFailure(error -> problem(messages.get("fair.quick.loadFailed", reason(error))))
                .start();
    }

    private record Loaded(List<EarlierCapture> earlier, CaptureCounts counts) {
    }

    private void remember(EarlierCapture earlier) {
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
        Capture capture = new Capture(UUID.randomUUID().toString(), setup.eventId(), clock.instant(),
                form.firstName().get().strip(), form.lastName().get().strip(), form.email().get().strip(),
                Rules.trimToNull(form.phone().get()), job, form.rating().get(), Rules.trimToNull(form.note().get()),
                Boolean.TRUE.equals(form.consent().get()), samePersonAs, null);
        if (samePersonAs == null) {
            remember(new EarlierCapture(capture.id(), capture.fullName(), capture.email(),
                    JobTypeAhead.display(job), capture.capturedAt()));
        }
        form.clearVisitor();
        beforeClear = null;
        undoAvailable.set(false);
        requestFocus(QuickField.FIRST_NAME);
        write(capture);
    }

    private void write(Capture capture) {
        saving.set(saving.get() + 1);
        executor.wrap(() -> {
            store.save(capture);
            return store.counts(setup.eventId());
        }).onSuccess(tally -> {
            saving.set(saving.get() - 1);
            counts.set(tally);
            noticeKind.set(NoticeKind.SAVED);
            notice.set(messages.get("fair.quick.saved", capture.fullName(), JobTypeAhead.display(capture.job())));
        }).onFailure(error -> {
            saving.set(saving.get() - 1);
            unsaved.add(capture);
            problem(messages.get("fair.quick.notSaved", capture.fullName(), reason(error)));
        }).start();
    }

    /** Writes the captures that could not be written again, under the same ids (never twice). */
    public void retryUnsaved() {
        List<Capture> again = List.copyOf(unsaved);
        unsaved.clear();
        again.forEach(this::write);
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
            form.restore(typed);
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

    /**
     * A badge scanner typed a whole vCard, MECARD or profile address into First name: the scan fills what is still
     * empty (never what staff typed), a profile address and company go into the note, and focus moves to Job.
     */
    private void fillFrom(BadgeScan scan) {
        if (BadgeScan.detect(form.firstName().get()).isEmpty()) {
            return;
        }
        BadgeScan typed = new BadgeScan(form.firstName().get(), form.lastName().get(), form.email().get(),
                form.phone().get(), null, null);
        BadgeScan merged = BadgeScan.merge(typed, scan);
        form.firstName().set(merged.firstName() == null ? "" : merged.firstName());
        form.lastName().set(merged.lastName() == null ? "" : merged.lastName());
        form.email().set(merged.email() == null ? "" : merged.email());
        form.phone().set(merged.phone() == null ? "" : merged.phone());
        List<String> extra = new java.util.ArrayList<>();
        if (!Rules.isBlank(form.note().get())) {
            extra.add(form.note().get().strip());
        }
        if (scan.company() != null) {
            extra.add(messages.get("fair.quick.badge.company", scan.company()));
        }
        if (scan.profileUrl() != null) {
            extra.add(scan.profileUrl());
        }
        form.note().set(String.join("\n", extra));
        requestFocus(QuickField.JOB);
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

    private static String reason(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
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
