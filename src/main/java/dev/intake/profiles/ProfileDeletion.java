package dev.intake.profiles;

import dev.intake.accounts.Profile;
import dev.intake.store.ProfileBacklog;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Deleting the profile selected in {@link ProfilesViewModel}: a plain confirmation when nothing of it waits to be
 * sent; otherwise the question whether to move its waiting applications to another profile (then delete it) or to
 * keep it until they are sent. Applications that may already be in its ATS never move, so with those the profile
 * stays until they are settled.
 */
public final class ProfileDeletion {
    private final ProfilesModel model;
    private final ProfileSubmissions submissions;
    private final ResourceBundle messages;
    private final ObjectProperty<Profile> selected;
    private final ReadOnlyBooleanWrapper busy;
    private final BiConsumer<String, Boolean> status;
    private final Consumer<Throwable> failed;

    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(this, "confirming");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyBooleanWrapper askingAboutWaiting = new ReadOnlyBooleanWrapper(this, "askingAboutWaiting");
    private final ReadOnlyStringWrapper waitingQuestion = new ReadOnlyStringWrapper(this, "waitingQuestion", "");
    private final ObservableList<Profile> moveTargets = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> moveTarget = new SimpleObjectProperty<>(this, "moveTarget");
    private final ReadOnlyBooleanWrapper canMove = new ReadOnlyBooleanWrapper(this, "canMove");

    ProfileDeletion(ProfilesModel model, ProfileSubmissions submissions, ResourceBundle messages,
            ObjectProperty<Profile> selected, ReadOnlyBooleanWrapper busy, BiConsumer<String, Boolean> status,
            Consumer<Throwable> failed) {
        this.model = Objects.requireNonNull(model);
        this.submissions = Objects.requireNonNull(submissions);
        this.messages = Objects.requireNonNull(messages);
        this.selected = Objects.requireNonNull(selected);
        this.busy = Objects.requireNonNull(busy);
        this.status = Objects.requireNonNull(status);
        this.failed = Objects.requireNonNull(failed);
    }

    /** Counts what the selected profile still has to send (on a worker), then asks the fitting question. */
    void request() {
        Profile doomed = selected.get();
        if (doomed == null || !model.isEditable(doomed) || busy.get()) {
            return;
        }
        busy.set(true);
        model.read(store -> submissions.counts(doomed.id()), counts -> {
            busy.set(false);
            if (counts.waiting() == 0) {
                question.set(format("profiles.delete.question", doomed.name()));
                confirming.set(true);
            } else {
                askAboutWaiting(doomed, counts);
            }
        }, failure -> {
            busy.set(false);
            failed.accept(failure);
        });
    }

    void cancel() {
        confirming.set(false);
    }

    void confirm() {
        Profile doomed = selected.get();
        confirming.set(false);
        if (doomed == null || !model.isEditable(doomed)) {
            return;
        }
        busy.set(true);
        model.change(store -> {
            ProfileBacklog.Counts counts = submissions.counts(doomed.id());
            if (counts.waiting() == 0) {
                store.delete(doomed.id());
            }
            return counts;
        }, counts -> {
            busy.set(false);
            if (counts.waiting() > 0) {
                askAboutWaiting(doomed, counts); // an application was made with it meanwhile
            } else {
                selected.set(model.current());
                status.accept(format("profiles.deleted", doomed.name()), false);
            }
        }, failed);
    }

    /** Moves the waiting applications to {@link #moveTargetProperty()}, then deletes the profile if none is left. */
    public void moveAndDelete() {
        Profile doomed = selected.get();
        Profile target = moveTarget.get();
        if (!canMove.get() || doomed == null || target == null || busy.get()) {
            return;
        }
        askingAboutWaiting.set(false);
        busy.set(true);
        model.change(store -> {
            int moved = submissions.move(doomed.id(), target.id());
            int left = submissions.counts(doomed.id()).waiting();
            if (left == 0) {
                store.delete(doomed.id());
            }
            return new int[] {moved, left};
        }, result -> {
            busy.set(false);
            if (result[1] == 0) {
                selected.set(model.current());
                status.accept(format("profiles.waiting.movedAndDeleted", result[0], target.name(), doomed.name()),
                        false);
            } else {
                status.accept(format("profiles.waiting.movedAndKept", result[0], target.name(), doomed.name(),
                        result[1]), true);
            }
        }, failed);
    }

    /** Keeps the profile: its applications are sent with it; it can be deleted once nothing of it waits. */
    public void keep() {
        if (askingAboutWaiting.get()) {
            askingAboutWaiting.set(false);
            Profile kept = selected.get();
            status.accept(kept == null ? "" : format("profiles.waiting.kept", kept.name()), false);
        }
    }

    /** Another profile was selected: no question stays open about the previous one. */
    void reset() {
        confirming.set(false);
        askingAboutWaiting.set(false);
    }

    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty askingAboutWaitingProperty() {
        return askingAboutWaiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty waitingQuestionProperty() {
        return waitingQuestion.getReadOnlyProperty();
    }

    /** Where waiting applications can go: every other profile but the sandbox (whose data is not kept). */
    public ObservableList<Profile> moveTargets() {
        return moveTargets;
    }

    public ObjectProperty<Profile> moveTargetProperty() {
        return moveTarget;
    }

    /** False when none of the waiting applications may move, or there is no other profile to move them to. */
    public ReadOnlyBooleanProperty canMoveProperty() {
        return canMove.getReadOnlyProperty();
    }

    private void askAboutWaiting(Profile doomed, ProfileBacklog.Counts counts) {
        List<Profile> targets = model.profiles().stream()
                .filter(p -> !p.id().equals(doomed.id()) && !p.sandbox()).toList();
        moveTargets.setAll(targets);
        Profile current = model.current();
        moveTarget.set(targets.contains(current) ? current : targets.isEmpty() ? null : targets.getFirst());
        StringBuilder text = new StringBuilder(format("profiles.waiting.question", doomed.name(), counts.waiting()));
        if (counts.staying() > 0) {
            text.append(' ').append(format("profiles.waiting.staying", doomed.name(), counts.staying()));
        }
        if (targets.isEmpty()) {
            text.append(' ').append(format("profiles.waiting.noTarget"));
        }
        waitingQuestion.set(text.toString());
        canMove.set(counts.movable() > 0 && !targets.isEmpty());
        askingAboutWaiting.set(true);
        status.accept("", false);
    }

    /** With the arguments as they are, so numbers suit {@code choice} patterns. */
    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }
}
