package dev.intake.fair.editor;

import dev.intake.ats.ApplicationStatuses;
import dev.intake.common.Failures;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import dev.intake.store.EventNameTakenException;
import dev.intake.store.EventPack;
import dev.intake.store.EventPackStore;
import dev.intake.store.EventStore;
import dev.intake.store.FairEvent;
import dev.intake.store.KioskPin;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The event editor: everything about a hiring fair that people choose (name, days, source, the jobs offered, the
 * default status, consent, how long data is kept, the kiosk PIN), checked field by field and saved on the
 * executor. The PIN typed here is only ever hashed, on the executor, and never kept or shown.
 */
public final class EventEditorViewModel {
    public static final int MAX_NAME = 255;
    public static final int MIN_RETENTION_DAYS = 1;
    public static final int MAX_RETENTION_DAYS = 3650;

    /** Where the list of jobs stands. */
    public enum JobsState { LOADING, NO_PACK, READY }

    private final FairEvent original;
    private final EventStore events;
    private final EventPackStore packs;
    private final TaskExecutor executor;
    private final Messages messages;
    private final KioskPin pins;
    private final int originalRetentionDays;

    private final Field<String> name = Field.text("name");
    private final Field<String> firstDay = Field.text("first_day");
    private final Field<String> lastDay = Field.text("last_day");
    private final Field<String> sourceName = Field.text("source.name");
    private final JobShortlist shortlist;
    private final Field<String> defaultStatus = new Field<>("application_status", null);
    private final Field<String> consentText = Field.text("consent_text");
    private final BooleanProperty consentRequired = new SimpleBooleanProperty(this, "consentRequired");
    private final Field<Integer> retentionDays = new Field<>("retention_days", null);
    private final Field<String> newPin = Field.text("kiosk_pin");
    private final Field<String> repeatPin = Field.text("kiosk_pin_repeat");
    private final FieldGroup fields = new FieldGroup();
    private final StringBinding sourcePrompt;
    private final StringBinding listPlaceholder;
    private final StringBinding shortlistNote;

    private final ReadOnlyObjectWrapper<JobsState> jobsState =
            new ReadOnlyObjectWrapper<>(this, "jobsState", JobsState.LOADING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<FairEvent> saved = new ReadOnlyObjectWrapper<>(this, "saved");

    /**
     * @param event the event to edit, or a new one ({@link #blank}) when its id is null
     * @param pins  hashes a new PIN (runs on the executor)
     */
    public EventEditorViewModel(FairEvent event, EventStore events, EventPackStore packs, TaskExecutor executor,
            Messages messages, KioskPin pins) {
        this.original = Objects.requireNonNull(event);
        this.events = Objects.requireNonNull(events);
        this.packs = Objects.requireNonNull(packs);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.pins = Objects.requireNonNull(pins);
        this.shortlist = new JobShortlist(event.shortlistJobIds());
        this.originalRetentionDays = days(event.retention());
        Rules rules = new Rules(messages);

        name.rule(Rules.all(rules.required(messages.get("fair.editor.name")),
                text -> tooLong(text, "fair.editor.name")));
        firstDay.rule(rules.isoDate(messages.get("fair.editor.firstDay"), true));
        lastDay.rule(Rules.all(rules.isoDate(messages.get("fair.editor.lastDay"), true), this::lastDayProblem))
                .dependsOn(firstDay.valueProperty());
        sourceName.rule(text -> tooLong(text, "fair.editor.source"));
        consentText.rule(text -> consentRequired.get() && Rules.isBlank(text)
                ? messages.get("fair.editor.consentMissing") : null).dependsOn(consentRequired);
        retentionDays.rule(days -> days == null || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS
                ? messages.get("fair.editor.retentionRange", MIN_RETENTION_DAYS, MAX_RETENTION_DAYS) : null);
        newPin.rule(pin -> Rules.isBlank(pin) || KioskPin.acceptable(pin.toCharArray())
                ? null : messages.get("fair.editor.pinRule"));
        repeatPin.rule(pin -> !Rules.isBlank(newPin.get()) && !Objects.equals(pin, newPin.get())
                ? messages.get("fair.editor.pinMismatch") : null).dependsOn(newPin.valueProperty());
        for (Field<?> field : List.of(name, firstDay, lastDay, sourceName, shortlist.ticked(), defaultStatus,
                consentText, retentionDays, newPin, repeatPin)) {
            fields.add(field);
        }

        name.reset(event.name());
        firstDay.reset(event.firstDay().toString());
        lastDay.reset(event.lastDay().toString());
        // The source follows the name unless someone chose another: an empty field says so.
        sourceName.reset(event.sourceName().equals(event.name()) ? "" : event.sourceName());
        defaultStatus.reset(event.defaultStatus());
        consentRequired.set(event.consentRequired());
        consentText.reset(Objects.requireNonNullElse(event.consentText(), ""));
        retentionDays.reset(originalRetentionDays);
        sourcePrompt = Bindings.createStringBinding(() -> Rules.isBlank(name.get())
                ? messages.get("fair.editor.source.prompt") : name.get().strip(), name.valueProperty());
        listPlaceholder = Bindings.createStringBinding(this::listPlaceholder, jobsState,
                shortlist.filterProperty());
        shortlistNote = Bindings.createStringBinding(this::shortlistNote, jobsState,
                shortlist.ticked().valueProperty());
    }

    private String listPlaceholder() {
        return switch (jobsState.get()) {
            case LOADING -> messages.get("fair.editor.jobs.loading");
            case NO_PACK -> messages.get("fair.editor.jobs.noPack");
            case READY -> shortlist.all().isEmpty() ? messages.get("fair.editor.jobs.none")
                    : messages.get("fair.editor.jobs.noMatch", shortlist.filterProperty().get().strip());
        };
    }

    private String shortlistNote() {
        int ticked = shortlist.ticked().get().size();
        if (ticked == 0) {
            return messages.get("fair.editor.jobs.allOffered");
        }
        return jobsState.get() == JobsState.READY
                ? messages.get("fair.editor.jobs.ticked", ticked, shortlist.all().size())
                : messages.get("fair.editor.jobs.keptWithoutPack", ticked);
    }

    /** A new event of {@code profileId}: today only, every open job, the default retention, no PIN. */
    public static FairEvent blank(String profileId, LocalDate today) {
        return FairEvent.named("", profileId, today);
    }

    /**
     * Reads the open jobs for the shortlist: from the event's own pack, else from the pack fetched last for any
     * event of the same profile (a new event has none yet). Without either the list says jobs come with the pack.
     */
    public void start() {
        jobsState.set(JobsState.LOADING);
        executor.wrap(this::findPack).onSuccess(pack -> {
            if (pack.isPresent()) {
                shortlist.setJobs(pack.get().openJobs());
                jobsState.set(JobsState.READY);
            } else {
                jobsState.set(JobsState.NO_PACK);
            }
        }).onFailure(error -> jobsState.set(JobsState.NO_PACK)).start();
    }

    private Optional<EventPack> findPack() {
        if (original.id() != null) {
            Optional<EventPack> own = packs.cached(original.id());
            if (own.isPresent()) {
                return own;
            }
        }
        return events.all().stream()
                .filter(other -> other.id() != null && !other.id().equals(original.id()))
                .filter(other -> Objects.equals(other.profileId(), original.profileId()))
                .map(other -> packs.cached(other.id())).flatMap(Optional::stream)
                .max(Comparator.comparing(EventPack::fetchedAt));
    }

    /**
     * Checks every field; when all are fine, hashes a new PIN (if one was typed) and saves on the executor. A name
     * another event has is reported at the name field, any other failure in {@link #problemProperty()}.
     */
    public void save() {
        if (busy.get()) {
            return;
        }
        fields.revealAll();
        if (!fields.isValid()) {
            problem.set(messages.get("fair.editor.fixFields"));
            return;
        }
        problem.set(null);
        FairEvent event = event();
        char[] pin = Rules.isBlank(newPin.get()) ? null : newPin.get().toCharArray();
        busy.set(true);
        executor.wrap(() -> {
            try {
                FairEvent withPin = pin == null ? event : event.withKioskPinHash(pins.hash(pin));
                return events.save(withPin);
            } finally {
                if (pin != null) {
                    Arrays.fill(pin, '\0');
                }
            }
        }).onSuccess(stored -> {
            busy.set(false);
            newPin.reset("");
            repeatPin.reset("");
            saved.set(stored);
        }).onFailure(error -> {
            busy.set(false);
            if (error instanceof EventNameTakenException taken) {
                name.setServerProblem(messages.get("fair.editor.nameTaken", taken.name()));
                problem.set(messages.get("fair.editor.fixFields"));
            } else {
                problem.set(messages.get("fair.editor.saveFailed", Failures.reason(error)));
            }
        }).start();
    }

    /** The event as the form says, with the PIN hash it had (a new PIN is hashed when saving). */
    FairEvent event() {
        LocalDate first = LocalDate.parse(firstDay.get().strip());
        LocalDate last = LocalDate.parse(lastDay.get().strip());
        int days = retentionDays.get();
        // A retention chosen in months elsewhere stays as it was unless the days were changed here.
        Period retention = days == originalRetentionDays ? original.retention() : Period.ofDays(days);
        String consent = Rules.trimToNull(consentText.get());
        return new FairEvent(original.id(), name.get().strip(), first, last, Rules.trimToNull(sourceName.get()),
                shortlist.ticked().get(), defaultStatus.get(), consent, consentRequired.get(), retention,
                original.kioskPinHash(), original.profileId());
    }

    private String lastDayProblem(String text) {
        Optional<LocalDate> first = Rules.parseDate(firstDay.get());
        Optional<LocalDate> last = Rules.parseDate(text);
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            return messages.get("fair.editor.lastBeforeFirst", first.get().toString());
        }
        return null;
    }

    private String tooLong(String text, String labelKey) {
        int length = text == null ? 0 : text.strip().length();
        return length > MAX_NAME ? messages.get("fair.editor.tooLong", messages.get(labelKey), MAX_NAME, length)
                : null;
    }

    /** Whole days of a retention; months count as 30 days and years as 365, within what the spinner offers. */
    static int days(Period retention) {
        long days = retention.getYears() * 365L + retention.getMonths() * 30L + retention.getDays();
        return (int) Math.max(MIN_RETENTION_DAYS, Math.min(MAX_RETENTION_DAYS, days));
    }

    /** Null for "ATS default", then the spec's statuses a person can choose. */
    public List<String> statuses() {
        return Stream.concat(Stream.of((String) null), ApplicationStatuses.CHOOSABLE.stream()).toList();
    }

    /** "ATS default", or the status's words ("background_check" → "Background check"). */
    public String statusLabel(String value) {
        if (value == null) {
            return messages.get("fair.editor.status.atsDefault");
        }
        String words = value.replace('_', ' ');
        return messages.getOr("status." + value, words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
    }

    public boolean isNew() {
        return original.id() == null;
    }

    /** Whether the event already has a kiosk PIN (kept when the PIN fields stay blank). */
    public boolean pinSet() {
        return original.kioskPinHash() != null;
    }

    /** The jobs offered: pack, filter and ticks. */
    public JobShortlist shortlist() {
        return shortlist;
    }

    /** What the source field shows while empty: the event's name, which is sent then. */
    public StringBinding sourcePromptBinding() {
        return sourcePrompt;
    }

    public Field<String> name() {
        return name;
    }

    /** YYYY-MM-DD, as the date picker writes it. */
    public Field<String> firstDay() {
        return firstDay;
    }

    public Field<String> lastDay() {
        return lastDay;
    }

    public Field<String> sourceName() {
        return sourceName;
    }

    /** A value of {@link #statuses()}; null for the ATS's own default. */
    public Field<String> defaultStatus() {
        return defaultStatus;
    }

    public Field<String> consentText() {
        return consentText;
    }

    public BooleanProperty consentRequiredProperty() {
        return consentRequired;
    }

    public Field<Integer> retentionDays() {
        return retentionDays;
    }

    /** Write-only: blank keeps the PIN the event has; emptied after saving. */
    public Field<String> newPin() {
        return newPin;
    }

    public Field<String> repeatPin() {
        return repeatPin;
    }

    /** The inputs in reading order. */
    public FieldGroup fields() {
        return fields;
    }

    /** What the job list says while it shows nothing: still reading, no pack yet, or nothing matches the filter. */
    public StringBinding listPlaceholderBinding() {
        return listPlaceholder;
    }

    /** Under the list: every open job is offered, or how many are ticked. */
    public StringBinding shortlistNoteBinding() {
        return shortlistNote;
    }

    public ReadOnlyObjectProperty<JobsState> jobsStateProperty() {
        return jobsState.getReadOnlyProperty();
    }

    /** The banner above the buttons: why saving did not happen; null when there is nothing to say. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The event as stored, once saved; the dialog closes then. */
    public ReadOnlyObjectProperty<FairEvent> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
