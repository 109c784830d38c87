package dev.intake.wizard.candidate;

import dev.intake.ats.Ats;
import dev.intake.ats.Candidate;
import dev.intake.common.BackgroundTask;
import dev.intake.common.EmailAddresses;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * While a new candidate's email is typed, asks the ATS whether that person already exists, so a second record is
 * not created by accident: once typing pauses, superseded by further typing, and never again for an email the user
 * chose to keep as new.
 */
final class DuplicateCheck {
    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorExplainer explainer;
    /** Whether a new candidate is being entered (an existing one needs no check). */
    private final BooleanSupplier enteringNew;
    private final Supplier<String> typedEmail;
    private final ReadOnlyObjectWrapper<Candidate> duplicate;
    private final ReadOnlyStringWrapper problem;
    private final Set<String> dismissedEmails = new HashSet<>();
    private TaskExecutor.Cancellable pendingCheck;
    private BackgroundTask<List<Candidate>> runningCheck;

    DuplicateCheck(Object bean, Ats ats, TaskExecutor executor, Messages messages, ErrorExplainer explainer,
            BooleanSupplier enteringNew, Supplier<String> typedEmail) {
        this.ats = ats;
        this.executor = executor;
        this.messages = messages;
        this.explainer = explainer;
        this.enteringNew = enteringNew;
        this.typedEmail = typedEmail;
        this.duplicate = new ReadOnlyObjectWrapper<>(bean, "duplicate");
        this.problem = new ReadOnlyStringWrapper(bean, "duplicateCheckProblem");
    }

    /** The email changed: what was shown for another address goes, and a check is planned after the pause. */
    void emailChanged() {
        cancel();
        Candidate shown = duplicate.get();
        if (shown != null && !sameEmail(shown, typedEmail.get())) {
            duplicate.set(null);
        }
        problem.set(null);
        String typed = typedEmail.get().strip();
        if (!enteringNew.getAsBoolean() || !EmailAddresses.isValid(typed)
                || dismissedEmails.contains(typed.toLowerCase(Locale.ROOT))) {
            return;
        }
        pendingCheck = executor.runOnUiAfter(CandidateStepViewModel.DUPLICATE_CHECK_DELAY, () -> check(typed));
    }

    /** Stops a planned or running check; what it would have found is not shown. */
    void cancel() {
        if (pendingCheck != null) {
            pendingCheck.cancel();
            pendingCheck = null;
        }
        if (runningCheck != null) {
            runningCheck.cancel();
            runningCheck = null;
        }
    }

    private void check(String typed) {
        pendingCheck = null;
        runningCheck = executor.wrap(() -> ats.candidatesByEmail(typed, CandidateStepViewModel.PAGE_SIZE)
                        .fetch(null).data())
                .onSuccess(found -> {
                    runningCheck = null;
                    if (enteringNew.getAsBoolean() && typed.equals(typedEmail.get().strip())) {
                        duplicate.set(found.stream().filter(c -> sameEmail(c, typed)).findFirst()
                                .orElse(found.isEmpty() ? null : found.getFirst()));
                    }
                })
                .onFailure(error -> {
                    runningCheck = null;
                    problem.set(messages.get("candidate.duplicate.failed", explainer.explain(error).oneLine()));
                })
                .start();
    }

    private static boolean sameEmail(Candidate candidate, String address) {
        String wanted = address == null ? "" : address.strip();
        if (candidate.email() != null && candidate.email().equalsIgnoreCase(wanted)) {
            return true;
        }
        return candidate.emails() != null
                && candidate.emails().stream().anyMatch(e -> e.value() != null && e.value().equalsIgnoreCase(wanted));
    }

    /** The candidate offered, or null. */
    Candidate found() {
        return duplicate.get();
    }

    /** Hides the offer (the user took it or moved on). */
    void hide() {
        duplicate.set(null);
    }

    /** "Keep new": the typed email is not checked again. */
    void dismiss() {
        dismissedEmails.add(typedEmail.get().strip().toLowerCase(Locale.ROOT));
        duplicate.set(null);
    }

    /** For the next applicant: nothing offered, no problem shown, every email checked again. */
    void reset() {
        duplicate.set(null);
        problem.set(null);
        dismissedEmails.clear();
    }

    ReadOnlyObjectProperty<Candidate> duplicateProperty() {
        return duplicate.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
