package dev.intake.wizard.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateResult;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import dev.intake.ats.NewCandidate;
import dev.intake.ats.Upload;
import dev.intake.ats.UploadSource;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ErrorExplainer.Explanation;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Messages;
import dev.intake.outbox.Outbox;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Submitting through the outbox and what came of it. The outbox writes the application to disk first and sends
 * it in the background; this follows its state changes (reported on a worker thread, handed to the UI thread)
 * and turns them into what the user sees: progress, the created ids, a queued notice, or an explanation.
 */
public final class SubmissionViewModel {
    /** What the user sees of a submission. */
    public enum Phase {
        /** Nothing submitted yet. */
        IDLE,
        /** Being written to the local outbox. */
        SAVING,
        /** Stored; being sent (or about to be). */
        SENDING,
        CREATED,
        /** No connection: stored and sent automatically when the network is back. */
        QUEUED_OFFLINE,
        /** The ATS was busy or failing (429, 5xx): sent again automatically. */
        RETRY_SCHEDULED,
        /** The connection broke after sending: Intake checks with the ATS instead of sending twice. */
        OUTCOME_UNKNOWN,
        /** The ATS refused it: the user fixes and submits again. */
        REJECTED,
        /** Withdrawn by the user before it reached the ATS. */
        CANCELLED,
        /** It could not even be stored locally. */
        FAILED;

        public boolean inProgress() {
            return this == SAVING || this == SENDING;
        }
    }

    /** {@link #uploadProgressProperty()} while how far the upload got is not known. */
    public static final double PROGRESS_UNKNOWN = -1;

    private final Outbox outbox;
    private final UploadSource uploads;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorExplainer explainer;
    private final Clock clock;
    private final DateTimeFormatter timeFormat;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyObjectWrapper<Submission> submission = new ReadOnlyObjectWrapper<>(this, "submission");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText");
    private final ReadOnlyDoubleWrapper uploadProgress = new ReadOnlyDoubleWrapper(this, "uploadProgress",
            PROGRESS_UNKNOWN);
    private final ReadOnlyStringWrapper applicationId = new ReadOnlyStringWrapper(this, "applicationId");
    private final ReadOnlyStringWrapper remoteId = new ReadOnlyStringWrapper(this, "remoteId");
    private final ReadOnlyStringWrapper serverMessage = new ReadOnlyStringWrapper(this, "serverMessage");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time");
    private final ReadOnlyStringWrapper nextAttempt = new ReadOnlyStringWrapper(this, "nextAttempt");
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();

    private Long localId;
    private Long rejectedLocalId;
    private boolean cancelRequested;
    private final Map<Long, Submission> early = new HashMap<>();
    private Runnable removeListener;
    private Runnable removeUploadListener;
    /** The request being submitted; read on HTTP threads to pick its upload out of all uploads. */
    private volatile CreateApplicationRequest submitted;

    public SubmissionViewModel(Outbox outbox, TaskExecutor executor, Messages messages, Clock clock) {
        this(outbox, UploadSource.NONE, executor, messages, clock);
    }

    /** {@code uploads}: the ATS the outbox sends this profile's applications through, for upload progress. */
    public SubmissionViewModel(Outbox outbox, UploadSource uploads, TaskExecutor executor, Messages messages, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox);
        this.uploads = Objects.requireNonNull(uploads);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.explainer = new ErrorExplainer(messages);
        this.clock = Objects.requireNonNull(clock);
        this.timeFormat = DateTimeFormatter.ofPattern(messages.get("result.timeFormat"), Locale.ENGLISH)
                .withZone(clock.getZone());
    }

    /**
     * Hands the request to the outbox in the background; a rejected one is resubmitted as the same submission.
     * {@code labels}: how history names the candidate and job picked.
     */
    public void submit(String profileId, CreateApplicationRequest request, HistoryLabels labels) {
        if (phase.get().inProgress()) {
            return;
        }
        if (removeListener == null) {
            // Called on a worker thread with immutable snapshots; only the UI thread touches properties.
            removeListener = outbox.addListener(update -> executor.runOnUi(() -> onUpdate(update)));
            removeUploadListener = uploads.addUploadListener(this::onUpload);
        }
        submitted = request;
        clearOutcome();
        localId = null;
        cancelRequested = false;
        phase.set(Phase.SAVING);
        progressText.set(messages.get("submit.saving"));
        Long resubmitId = rejectedLocalId;
        executor.wrap(() -> resubmitId != null ? outbox.resubmit(resubmitId, request, labels)
                        : outbox.submit(profileId, request, labels))
                .onSuccess(stored -> {
                    localId = stored.localId();
                    apply(stored);
                    Submission newer = early.remove(stored.localId());
                    if (newer != null) {
                        apply(newer);
                    }
                    early.clear();
                    if (cancelRequested) {
                        cancel();
                    }
                })
                .onFailure(error -> {
                    // The explanation first: the wizard reads it when the phase changes.
                    explanation.set(new Explanation(messages.get("submit.failedLocally.title"),
                            String.valueOf(error.getMessage()), messages.get("submit.failedLocally.advice")));
                    phase.set(Phase.FAILED);
                })
                .start();
    }

    private void onUpdate(Submission update) {
        if (localId == null) {
            Submission known = early.get(update.localId());
            if (known == null || !isOlder(update, known)) {
                early.put(update.localId(), update);
            }
        } else if (update.localId() == localId) {
            apply(update);
        }
    }

    private static boolean isOlder(Submission update, Submission than) {
        return update.updatedAt() != null && than.updatedAt() != null && update.updatedAt().isBefore(than.updatedAt());
    }

    private void apply(Submission update) {
        Submission shown = submission.get();
        if (shown != null && shown.localId() == update.localId() && isOlder(update, shown)) {
            return;
        }
        submission.set(update);
        clearOutcome();
        if (update.state() != SubmissionState.QUEUED && update.state() != SubmissionState.SENDING) {
            uploadProgress.set(PROGRESS_UNKNOWN);
        }
        switch (update.state()) {
            case QUEUED, SENDING -> {
                uploadProgress.set(PROGRESS_UNKNOWN);
                phase.set(Phase.SENDING);
                progressText.set(messages.get(update.state() == SubmissionState.QUEUED
                        ? "submit.queued" : "submit.sending"));
            }
            case CREATED -> {
                rejectedLocalId = null;
                showCreated(update);
                phase.set(Phase.CREATED);
            }
            case REJECTED -> {
                rejectedLocalId = update.localId();
                explanation.set(explainer.explain(update.errorStatus(), update.errorMessage()));
                phase.set(Phase.REJECTED);
            }
            case WAITING_TO_RETRY -> {
                explanation.set(explainer.explain(update.errorStatus(), update.errorMessage()));
                if (update.nextAttemptAt() != null) {
                    nextAttempt.set(messages.get("result.nextAttempt", timeFormat.format(update.nextAttemptAt())));
                }
                phase.set(update.errorStatus() == null ? Phase.QUEUED_OFFLINE : Phase.RETRY_SCHEDULED);
            }
            case OUTCOME_UNKNOWN -> phase.set(Phase.OUTCOME_UNKNOWN);
            case CANCELLED -> phase.set(Phase.CANCELLED);
        }
        cancelling.set(false);
    }

    /** On an HTTP thread: every create's upload; only this submission's is shown. */
    private void onUpload(Upload upload) {
        CreateApplicationRequest mine = submitted;
        if (mine != null && upload.totalBytes() > 0 && sameApplication(mine, upload.request())) {
            executor.runOnUi(() -> showUpload(upload.sentBytes(), upload.totalBytes()));
        }
    }

    private void showUpload(long sent, long total) {
        Submission shown = submission.get();
        if (phase.get() != Phase.SENDING || shown == null || shown.state() != SubmissionState.SENDING) {
            return;
        }
        uploadProgress.set((double) sent / total);
        double megabytes = total / 1_000_000.0;
        progressText.set(sent == total ? messages.get("submit.uploaded", megabytes)
                : messages.get("submit.uploading", Math.floorDiv(sent * 100, total), sent / 1_000_000.0, megabytes));
    }

    /**
     * Whether an upload is of the request this view submitted. The outbox sends a copy read back from its database,
     * so this compares what names the application rather than the object.
     */
    static boolean sameApplication(CreateApplicationRequest mine, CreateApplicationRequest sent) {
        return Objects.equals(mine.jobId(), sent.jobId()) && Objects.equals(mine.candidateId(), sent.candidateId())
                && sameCandidate(mine.candidate(), sent.candidate())
                && documentShapes(mine.documents()).equals(documentShapes(sent.documents()));
    }

    private static boolean sameCandidate(NewCandidate mine, NewCandidate sent) {
        if (mine == null || sent == null) {
            return mine == sent;
        }
        return Objects.equals(mine.email(), sent.email()) && Objects.equals(mine.name(), sent.name())
                && Objects.equals(mine.firstName(), sent.firstName())
                && Objects.equals(mine.lastName(), sent.lastName());
    }

    private static List<String> documentShapes(List<CreateApplicationRequest.DocumentUpload> documents) {
        return documents == null ? List.of() : documents.stream()
                .map(d -> d.name() + ":" + (d.content() == null ? -1 : d.content().length())).toList();
    }

    private void showCreated(Submission created) {
        CreateResult result = parse(created.responseJson());
        String id = created.applicationId();
        String remote = created.remoteApplicationId();
        if (result != null && result.data() != null) {
            id = id != null ? id : result.data().id();
            remote = remote != null ? remote : result.data().remoteId();
        }
        applicationId.set(id);
        remoteId.set(remote);
        serverMessage.set(result == null ? null : result.message());
        Instant at = result == null ? null : IsoInstant.parseOrNull(result.timestamp());
        if (at == null) {
            at = created.updatedAt() != null ? created.updatedAt() : clock.instant();
        }
        time.set(timeFormat.format(at));
        if (result != null) {
            result.extra().forEach((key, value) -> addWarnings(key, value));
        }
    }

    private void addWarnings(String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(item -> addWarnings(key, item));
        } else if (value.isObject() && value.hasNonNull("message")) {
            warnings.add(value.get("message").asText());
        } else if (value.isValueNode()) {
            warnings.add(value.asText());
        } else {
            warnings.add(key + ": " + value);
        }
    }

    private static CreateResult parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, CreateResult.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void clearOutcome() {
        applicationId.set(null);
        remoteId.set(null);
        serverMessage.set(null);
        time.set(null);
        nextAttempt.set(null);
        explanation.set(null);
        warnings.clear();
    }

    /**
     * Cancel: a submission not yet sent is withdrawn; one in flight is withdrawn only if it certainly did not
     * reach the ATS (the outbox decides; otherwise it is checked, never sent twice).
     */
    public void cancel() {
        if (phase.get() == Phase.SAVING && localId == null) {
            cancelRequested = true;
            cancelling.set(true);
            return;
        }
        if (localId == null || !(phase.get().inProgress() || phase.get() == Phase.QUEUED_OFFLINE
                || phase.get() == Phase.RETRY_SCHEDULED)) {
            return;
        }
        long id = localId;
        cancelling.set(true);
        progressText.set(messages.get("submit.cancelling"));
        executor.wrap(() -> outbox.cancel(id))
                .onSuccess(this::apply)
                .onFailure(error -> {
                    cancelling.set(false);
                    explanation.set(explainer.explain(error));
                })
                .start();
    }

    /** The next submit sends its request again as submission {@code localId} (history's edit and resubmit). */
    public void resubmitAs(long localId) {
        rejectedLocalId = localId;
    }

    /** Ready for the next applicant. */
    public void reset() {
        localId = null;
        rejectedLocalId = null;
        cancelRequested = false;
        submitted = null;
        submission.set(null);
        clearOutcome();
        uploadProgress.set(PROGRESS_UNKNOWN);
        cancelling.set(false);
        phase.set(Phase.IDLE);
    }

    /** Stops following the outbox (the wizard is closed). */
    public void dispose() {
        if (removeListener != null) {
            removeListener.run();
            removeListener = null;
        }
        if (removeUploadListener != null) {
            removeUploadListener.run();
            removeUploadListener = null;
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }

    public ReadOnlyObjectProperty<Submission> submissionProperty() {
        return submission.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /**
     * How much of the application's body has gone out, from 0 to 1, while it is being sent;
     * {@link #PROGRESS_UNKNOWN} otherwise.
     */
    public ReadOnlyDoubleProperty uploadProgressProperty() {
        return uploadProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty applicationIdProperty() {
        return applicationId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remoteIdProperty() {
        return remoteId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverMessageProperty() {
        return serverMessage.getReadOnlyProperty();
    }

    /** When the ATS created it, in the user's time zone. */
    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextAttemptProperty() {
        return nextAttempt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Anything else the ATS said with the created application (warnings, provider notes). */
    public ObservableList<String> warnings() {
        return warnings;
    }
}
