package dev.intake.fair.kiosk;

import dev.intake.ats.Job;
import dev.intake.common.TaskExecutor;
import dev.intake.fair.capture.Capture;
import dev.intake.fair.capture.CaptureStore;
import dev.intake.fair.capture.EventSetup;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The kiosk: visitors enter themselves. Submit shows a thank-you page that starts over by itself; input left
 * alone for a minute gets a countdown and is then wiped (not kept); leaving takes the event's PIN, and too many
 * wrong PINs lock the prompt for a while. Time is read from a clock and advanced by {@link #tick()}, which the view
 * calls every second, so tests drive every timer without waiting.
 */
public final class KioskViewModel {
    /** What the kiosk shows. */
    public enum Page { FORM, THANKS }

    private final EventSetup setup;
    private final CaptureStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final KioskTimers timers;
    private final Predicate<char[]> pinCheck;
    private final Field<String> firstName = Field.text("candidate.first_name");
    private final Field<String> lastName = Field.text("candidate.last_name");
    private final Field<String> email = Field.text("candidate.email");
    private final Field<String> phone = Field.text("candidate.phone_numbers");
    private final Field<Job> job = new Field<>("job_id", null);
    private final ObjectProperty<Path> document = new SimpleObjectProperty<>(this, "document");
    private final Field<Boolean> consent = new Field<>("consent", false);
    private final FieldGroup group = new FieldGroup();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.FORM);
    private final ReadOnlyIntegerWrapper countdown = new ReadOnlyIntegerWrapper(this, "countdown", -1);
    private final ReadOnlyBooleanWrapper pinPrompt = new ReadOnlyBooleanWrapper(this, "pinPrompt");
    private final ReadOnlyStringWrapper pinMessage = new ReadOnlyStringWrapper(this, "pinMessage");
    private final ReadOnlyBooleanWrapper pinLocked = new ReadOnlyBooleanWrapper(this, "pinLocked");
    private final ReadOnlyBooleanWrapper exitGranted = new ReadOnlyBooleanWrapper(this, "exitGranted");
    private final List<Capture> unsaved = new ArrayList<>();
    private Instant lastActivity;
    private Instant thanksSince;
    private Instant lockedUntil;
    private int wrongPins;
    private boolean writing;
    private boolean submitTried;

    public KioskViewModel(EventSetup setup, CaptureStore store, TaskExecutor executor, Messages messages,
            Clock clock, KioskTimers timers, Predicate<char[]> pinCheck) {
        this.setup = Objects.requireNonNull(setup);
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.timers = Objects.requireNonNull(timers);
        this.pinCheck = Objects.requireNonNull(pinCheck);
        Rules rules = new Rules(messages);
        firstName.rule(rules.required(messages.get("fair.kiosk.firstName")));
        lastName.rule(rules.required(messages.get("fair.kiosk.lastName")));
        email.rule(rules.email(messages.get("fair.kiosk.email"), true));
        phone.rule(text -> Rules.isBlank(text) || text.strip().matches("\\+?[0-9 ()./-]{6,20}") ? null
                : messages.get("fair.kiosk.phoneInvalid"));
        consent.rule(given -> setup.consentRequired() && !Boolean.TRUE.equals(given)
                ? messages.get("fair.kiosk.consentMissing") : null);
        List.of(firstName, lastName, email, phone, job, consent).forEach(group::add);
        lastActivity = clock.instant();
    }

    /** A key or click: the visitor is still there. */
    public void activity() {
        lastActivity = clock.instant();
        countdown.set(-1);
    }

    /** Called every second: runs the countdown, the thank-you page, the lockout, and writes what waits. */
    public void tick() {
        Instant now = clock.instant();
        if (page.get() == Page.THANKS && !now.isBefore(thanksSince.plus(timers.thanks()))) {
            startOver();
        }
        if (page.get() == Page.FORM && (hasInput() || pinPrompt.get())) {
            Duration idle = Duration.between(lastActivity, now);
            Duration wipeAt = timers.idle().plus(timers.countdown());
            if (idle.compareTo(wipeAt) >= 0) {
                startOver();
            } else if (idle.compareTo(timers.idle()) >= 0) {
                countdown.set((int) Math.ceil((wipeAt.toMillis() - idle.toMillis()) / 1000.0));
            }
        }
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            wrongPins = 0;
            pinLocked.set(false);
            pinMessage.set(null);
        }
        if (!unsaved.isEmpty() && !writing) {
            List<Capture> again = List.copyOf(unsaved);
            unsaved.clear();
            again.forEach(this::write);
        }
    }

    /** True once anything was entered: only then is there something to wipe. */
    public boolean hasInput() {
        return !Rules.isBlank(firstName.get()) || !Rules.isBlank(lastName.get()) || !Rules.isBlank(email.get())
                || !Rules.isBlank(phone.get()) || job.get() != null || document.get() != null
                || Boolean.TRUE.equals(consent.get());
    }

    /** Submit: checks, then thanks the visitor and writes their entry on the executor. */
    public boolean submit() {
        activity();
        submitTried = true;
        group.revealAll();
        if (!group.isValid()) {
            return false;
        }
        Capture capture = new Capture(UUID.randomUUID().toString(), setup.eventId(), clock.instant(),
                firstName.get().strip(), lastName.get().strip(), email.get().strip(), Rules.trimToNull(phone.get()),
                job.get(), 0, null, Boolean.TRUE.equals(consent.get()), null, document.get());
        wipe();
        page.set(Page.THANKS);
        thanksSince = clock.instant();
        write(capture);
        return true;
    }

    private void write(Capture capture) {
        writing = true;
        executor.wrap(() -> {
            store.save(capture);
            return capture;
        }).onSuccess(done -> writing = false).onFailure(error -> {
            // The visitor has left: their entry waits here and is written again on a later tick.
            writing = false;
            unsaved.add(capture);
        }).start();
    }

    private void startOver() {
        wipe();
        page.set(Page.FORM);
        pinPrompt.set(false);
        activity();
    }

    private void wipe() {
        submitTried = false;
        firstName.reset("");
        lastName.reset("");
        email.reset("");
        phone.reset("");
        job.reset(null);
        document.set(null);
        consent.reset(false);
        countdown.set(-1);
    }

    /**
     * Focus left the form for the PIN prompt or the countdown: an empty field the visitor merely passed shows no
     * problem until they try to send.
     */
    public void calmEmptyFields() {
        if (!submitTried) {
            for (Field<String> field : List.of(firstName, lastName, email, phone)) {
                if (Rules.isBlank(field.get())) {
                    field.reset("");
                }
            }
        }
    }

    /** Ctrl+Shift+Q: asks for the PIN. */
    public void requestExit() {
        activity();
        pinPrompt.set(true);
        if (lockedUntil == null) {
            pinMessage.set(null);
        } else {
            lockedMessage();
        }
    }

    public void cancelExit() {
        activity();
        pinPrompt.set(false);
    }

    /** Checks a PIN; the characters are wiped afterwards. Returns whether the kiosk may be left. */
    public boolean enterPin(char[] pin) {
        try {
            activity();
            if (lockedUntil != null) {
                lockedMessage();
                return false;
            }
            if (pinCheck.test(pin)) {
                wrongPins = 0;
                pinPrompt.set(false);
                exitGranted.set(true);
                return true;
            }
            wrongPins++;
            if (wrongPins >= timers.wrongPinLimit()) {
                lockedUntil = clock.instant().plus(timers.lockout());
                pinLocked.set(true);
                lockedMessage();
            } else {
                pinMessage.set(messages.get("fair.kiosk.pinWrong", timers.wrongPinLimit() - wrongPins));
            }
            return false;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private void lockedMessage() {
        long seconds = Math.max(1, Duration.between(clock.instant(), lockedUntil).toSeconds());
        pinMessage.set(messages.get("fair.kiosk.pinLocked", seconds));
    }

    public EventSetup setup() {
        return setup;
    }

    public Field<String> firstName() {
        return firstName;
    }

    public Field<String> lastName() {
        return lastName;
    }

    public Field<String> email() {
        return email;
    }

    public Field<String> phone() {
        return phone;
    }

    public Field<Job> job() {
        return job;
    }

    public ObjectProperty<Path> document() {
        return document;
    }

    public Field<Boolean> consent() {
        return consent;
    }

    /** The first field with a problem, for focus after a refused submit. */
    public Field<?> firstInvalid() {
        return group.firstInvalid().orElse(null);
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Seconds left before abandoned input is wiped; -1 while no countdown runs. */
    public ReadOnlyIntegerProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pinPromptProperty() {
        return pinPrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinMessageProperty() {
        return pinMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pinLockedProperty() {
        return pinLocked.getReadOnlyProperty();
    }

    /** True once the right PIN was given: the kiosk closes. */
    public ReadOnlyBooleanProperty exitGrantedProperty() {
        return exitGranted.getReadOnlyProperty();
    }

    /** Entries whose write failed and that wait for the next tick. */
    public int unsavedCount() {
        return unsaved.size();
    }
}
