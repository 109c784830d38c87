package dev.intake.wizard;

import dev.intake.accounts.Profile;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.store.DraftStore;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The wizard's unfinished application kept as a draft: saved once typing pauses (written on a worker thread),
 * offered again at the next start, resumed or discarded, and deleted once the outbox holds the application.
 */
final class WizardDrafts {
    private final DraftStore drafts;
    private final Profile profile;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Messages messages;
    /** The wizard's state when there is something worth saving now; null when there is not. */
    private final Supplier<WizardState> worthSaving;
    private final Consumer<WizardState> restore;
    private final DraftFormat format;
    private final ReadOnlyObjectWrapper<DraftStore.Draft> pendingDraft;
    private final ReadOnlyStringWrapper draftProblem;
    private String draftId = UUID.randomUUID().toString();
    private TaskExecutor.Cancellable scheduledSave;

    WizardDrafts(Object bean, DraftStore drafts, Profile profile, TaskExecutor executor, Clock clock,
            Messages messages, DraftFormat format, Supplier<WizardState> worthSaving, Consumer<WizardState> restore) {
        this.drafts = drafts;
        this.profile = profile;
        this.executor = executor;
        this.clock = clock;
        this.messages = messages;
        this.worthSaving = worthSaving;
        this.restore = restore;
        this.format = format;
        this.pendingDraft = new ReadOnlyObjectWrapper<>(bean, "pendingDraft");
        this.draftProblem = new ReadOnlyStringWrapper(bean, "draftProblem");
    }

    /** The id the application being typed is saved under. */
    String id() {
        return draftId;
    }

    /** Continues the draft with this id (a restored one); null keeps the current id. */
    void adopt(String id) {
        draftId = id == null ? draftId : id;
    }

    /** The next application is a new draft. */
    void startNew() {
        draftId = UUID.randomUUID().toString();
    }

    /** Saves once typing pauses. */
    void schedule() {
        if (scheduledSave != null) {
            scheduledSave.cancel();
        }
        scheduledSave = executor.runOnUiAfter(WizardViewModel.DRAFT_SAVE_DELAY, this::saveNow);
    }

    private void saveNow() {
        scheduledSave = null;
        WizardState state = worthSaving.get();
        if (state == null) {
            return;
        }
        String id = draftId;
        executor.wrap(() -> {
            drafts.save(new DraftStore.Draft(id, profile.id(), clock.instant(),
                    format.write(state)));
            return id;
        }).onSuccess(saved -> draftProblem.set(null))
                .onFailure(error -> draftProblem.set(messages.get("draft.saveFailed",
                        String.valueOf(error.getMessage()))))
                .start();
    }

    /** Saves what is typed now instead of after the pause. */
    void flush() {
        if (scheduledSave != null) {
            scheduledSave.cancel();
            saveNow();
        }
    }

    /** Looks for an unfinished application of this profile from an earlier session, to offer it. */
    void find() {
        executor.wrap(drafts::unfinished)
                // Not the draft of what is being typed now: typed ahead while the window opened, it may already be
                // saved by the time this read answers.
                .onSuccess(found -> pendingDraft.set(found.stream()
                        .filter(d -> profile.id().equals(d.profileId()) && !d.id().equals(draftId))
                        .findFirst().orElse(null)))
                .onFailure(error -> draftProblem.set(messages.get("draft.loadFailed",
                        String.valueOf(error.getMessage()))))
                .start();
    }

    /** Reads the offered draft back (in the background) and hands it to the wizard. */
    void resume() {
        DraftStore.Draft draft = pendingDraft.get();
        if (draft == null) {
            return;
        }
        pendingDraft.set(null);
        executor.wrap(() -> format.read(draft.json()))
                .onSuccess(restore::accept)
                .onFailure(error -> draftProblem.set(messages.get("draft.unreadable",
                        String.valueOf(error.getMessage()))))
                .start();
    }

    /** Deletes the offered draft. */
    void discard() {
        DraftStore.Draft draft = pendingDraft.get();
        if (draft == null) {
            return;
        }
        pendingDraft.set(null);
        delete(draft.id());
    }

    /** Withdraws the offer without deleting the draft. */
    void withdrawOffer() {
        pendingDraft.set(null);
    }

    /** Deletes the draft of the application being typed (the outbox holds it now); a planned save is dropped. */
    void deleteCurrent() {
        delete(draftId);
    }

    private void delete(String id) {
        if (scheduledSave != null) {
            scheduledSave.cancel();
            scheduledSave = null;
        }
        executor.wrap(() -> {
            drafts.delete(id);
            return id;
        }).onFailure(error -> draftProblem.set(messages.get("draft.deleteFailed",
                String.valueOf(error.getMessage())))).start();
    }

    ReadOnlyObjectProperty<DraftStore.Draft> pendingDraftProperty() {
        return pendingDraft.getReadOnlyProperty();
    }

    ReadOnlyStringProperty draftProblemProperty() {
        return draftProblem.getReadOnlyProperty();
    }

    /** When the draft was saved, in local time, for the resume prompt. */
    String time(DraftStore.Draft draft) {
        return DateTimeFormatter.ofPattern(messages.get("result.timeFormat"), Locale.ENGLISH)
                .withZone(clock.getZone()).format(draft.savedAt());
    }
}
