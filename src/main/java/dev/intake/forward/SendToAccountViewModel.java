package dev.intake.forward;

import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.ats.Job;
import dev.intake.common.TaskExecutor;
import dev.intake.outbox.Outbox;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Send to a connected account…" for applications made on the sandbox by mistake: the person picks a connected
 * profile; each application is checked against that account's open jobs (its job must be open there, or the person
 * picks one of them for those whose job is not) and the ones that pass go through the outbox to that profile. The
 * sandbox application gets a note "sent to <profile>". An application that names its candidate only by a sandbox
 * candidate id is refused: that candidate exists only in the sandbox.
 */
public final class SendToAccountViewModel {
    /** The profiles and their ATSs, as the app knows them. Blocking. */
    public interface Accounts {
        /** The ATS of {@code profile}; throws when its key is not available. */
        Ats ats(Profile profile);
    }

    /** Where "sent to" notes go, and whether a submission has one already. Blocking. */
    public interface Notes {
        void addSentTo(long localId, String note);

        boolean wasSent(long localId);
    }

    /** What becomes of one application. */
    public enum RowState {
        /** Its job is open in the account (or a job was picked for it): it can be sent. */
        READY,
        /** It cannot be sent as it is; the row's text says why and what to do. */
        REFUSED,
        /** Handed to the outbox for the account. */
        SENT,
        /** The outbox could not take it; the row's text says why. */
        FAILED
    }

    /** One application of the sandbox and what is known of it for the chosen account. */
    public record Row(long localId, String label, RowState state, String text) {
    }

    private static final int PAGE_SIZE = 100;

    private final List<Submission> submissions;
    private final Accounts accounts;
    private final Outbox outbox;
    private final Notes notes;
    private final TaskExecutor executor;
    private final ResourceBundle messages;

    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> target = new SimpleObjectProperty<>(this, "target");
    private final ObservableList<Job> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<Job> pickedJob = new SimpleObjectProperty<>(this, "pickedJob");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper(this, "canSend");
    private final ReadOnlyBooleanWrapper needsJob = new ReadOnlyBooleanWrapper(this, "needsJob");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Map<String, Job> openJobs = Map.of();
    /** Submissions already sent on (read on a worker thread, then only read on the UI thread). */
    private volatile Set<Long> alreadySent = Set.of();
    private long generation;
    private boolean sent;

    /**
     * @param submissions the applications to send, each made on the sandbox profile
     * @param connected the profiles they may go to; the sandbox is left out
     */
    public SendToAccountViewModel(List<Submission> submissions, List<Profile> connected, Accounts accounts,
            Outbox outbox, Notes notes, TaskExecutor executor, ResourceBundle messages) {
        this.submissions = submissions.stream().filter(s -> Profile.SANDBOX_ID.equals(s.profileId())).toList();
        this.accounts = Objects.requireNonNull(accounts);
        this.outbox = Objects.requireNonNull(outbox);
        this.notes = Objects.requireNonNull(notes);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        profiles.setAll(connected.stream().filter(p -> !p.sandbox()).toList());
        target.addListener((obs, old, now) -> check());
        pickedJob.addListener((obs, old, now) -> judgeAll());
        message.set(profiles.isEmpty() ? text("forward.noAccount") : text("forward.pickAccount"));
        rows.setAll(this.submissions.stream().map(s -> new Row(s.localId(), label(s), RowState.REFUSED,
                text("forward.row.waiting"))).toList());
    }

    /** Reads the chosen account's open jobs in the background and judges every application against them. */
    private void check() {
        Profile profile = target.get();
        long asked = ++generation;
        openJobs = Map.of();
        jobs.clear();
        pickedJob.set(null);
        if (profile == null || sent) {
            updateFlags();
            return;
        }
        busy.set(true);
        updateFlags();
        message.set(text("forward.checking", profile.name()));
        executor.wrap(() -> {
            alreadySent = submissions.stream().map(Submission::localId).filter(notes::wasSent)
                    .collect(Collectors.toSet());
            Ats ats = accounts.ats(profile);
            return ats.jobs("open", PAGE_SIZE).all();
        }).onSuccess(open -> {
            if (asked != generation) {
                return;
            }
            busy.set(false);
            openJobs = open.stream().filter(j -> j.id() != null)
                    .collect(Collectors.toMap(Job::id, Function.identity(), (a, b) -> a));
            jobs.setAll(open);
            message.set(text("forward.checked", profile.name(), open.size()));
            judgeAll();
        }).onFailure(error -> {
            if (asked != generation) {
                return;
            }
            busy.set(false);
            message.set(text("forward.jobsFailed", profile.name(), String.valueOf(error.getMessage())));
            updateFlags();
        }).start();
    }

    private void judgeAll() {
        if (sent || target.get() == null || busy.get()) {
            updateFlags();
            return;
        }
        rows.setAll(submissions.stream().map(this::judge).toList());
        updateFlags();
    }

    private Row judge(Submission submission) {
        String label = label(submission);
        String profile = target.get().name();
        if (alreadySent.contains(submission.localId())) {
            return new Row(submission.localId(), label, RowState.REFUSED, text("forward.row.alreadySent"));
        }
        if (ForwardedRequest.candidateOnlyById(submission.request())) {
            return new Row(submission.localId(), label, RowState.REFUSED, text("forward.row.candidateId",
                    submission.request().candidateId(), profile));
        }
        Job job = jobFor(submission);
        if (job == null) {
            return new Row(submission.localId(), label, RowState.REFUSED, text("forward.row.jobNotOpen",
                    submission.request().jobId(), profile));
        }
        String ready = text("forward.row.ready", jobName(job));
        if (ForwardedRequest.dropsSandboxDetails(submission.request())) {
            ready = ready + " " + text("forward.row.dropped");
        }
        return new Row(submission.localId(), label, RowState.READY, ready);
    }

    /** The job the application goes to in the account: its own when open there, else the one picked. */
    private Job jobFor(Submission submission) {
        Job own = openJobs.get(submission.request().jobId());
        return own != null ? own : pickedJob.get();
    }

    /** Hands every ready application to the outbox for the chosen profile and notes it on the sandbox one. */
    public void send() {
        Profile profile = target.get();
        if (!canSend.get() || profile == null) {
            return;
        }
        List<Submission> ready = submissions.stream().filter(s -> rowOf(s.localId()).state() == RowState.READY)
                .toList();
        List<Job> chosen = ready.stream().map(this::jobFor).toList();
        busy.set(true);
        updateFlags();
        message.set(text("forward.sending", ready.size(), profile.name()));
        executor.wrap(() -> {
            List<Row> outcome = new ArrayList<>();
            for (int i = 0; i < ready.size(); i++) {
                outcome.add(sendOne(ready.get(i), chosen.get(i), profile));
            }
            return outcome;
        }).onSuccess(outcome -> {
            busy.set(false);
            sent = true;
            for (Row row : outcome) {
                rows.replaceAll(r -> r.localId() == row.localId() ? row : r);
            }
            long done = outcome.stream().filter(r -> r.state() == RowState.SENT).count();
            message.set(text("forward.sent", done, profile.name()));
            updateFlags();
        }).onFailure(error -> {
            busy.set(false);
            message.set(String.valueOf(error.getMessage()));
            updateFlags();
        }).start();
    }

    /** On a worker thread. */
    private Row sendOne(Submission submission, Job job, Profile profile) {
        String label = label(submission);
        try {
            var request = ForwardedRequest.of(submission.request(), job.id(), profile);
            Submission queued = outbox.submit(profile.id(), request, new HistoryLabels(null, null, job.title()));
            String sentText = text("forward.row.sent", profile.name(), queued.localId());
            try {
                notes.addSentTo(submission.localId(), text("forward.note", profile.name(), queued.localId()));
            } catch (RuntimeException e) {
                // It is on its way all the same: say so, and that history will not show the note.
                sentText = sentText + " " + text("forward.row.noteFailed", String.valueOf(e.getMessage()));
            }
            return new Row(submission.localId(), label, RowState.SENT, sentText);
        } catch (RuntimeException e) {
            return new Row(submission.localId(), label, RowState.FAILED, text("forward.row.failed",
                    String.valueOf(e.getMessage())));
        }
    }

    private Row rowOf(long localId) {
        return rows.stream().filter(r -> r.localId() == localId).findFirst().orElseThrow();
    }

    private void updateFlags() {
        boolean open = target.get() != null && !busy.get() && !sent;
        canSend.set(open && rows.stream().anyMatch(r -> r.state() == RowState.READY));
        needsJob.set(open && !openJobs.isEmpty() && submissions.stream().anyMatch(s ->
                !ForwardedRequest.candidateOnlyById(s.request()) && !openJobs.containsKey(s.request().jobId())));
    }

    private String label(Submission submission) {
        var candidate = submission.request().candidate();
        String who = candidate == null ? submission.request().candidateId()
                : candidate.name() != null ? candidate.name()
                : String.join(" ", Objects.toString(candidate.firstName(), ""),
                        Objects.toString(candidate.lastName(), "")).strip();
        return text("forward.row.label", submission.localId(), who);
    }

    static String jobName(Job job) {
        return job.title() == null || job.title().isBlank() ? job.id() : job.title();
    }

    private String text(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }

    /** Connected profiles to choose from. */
    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> targetProperty() {
        return target;
    }

    /** The chosen account's open jobs, for applications whose own job is not open there. */
    public ObservableList<Job> jobs() {
        return jobs;
    }

    public ObjectProperty<Job> pickedJobProperty() {
        return pickedJob;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSendProperty() {
        return canSend.getReadOnlyProperty();
    }

    /** True when some application's job is not open in the account, so a job may be picked for it. */
    public ReadOnlyBooleanProperty needsJobProperty() {
        return needsJob.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
