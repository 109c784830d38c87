package dev.intake.app;

import dev.intake.ats.NewCandidate;
import dev.intake.form.Messages;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which changes of the outbox the main window confirms with a {@link Notifier}, case by case: an application the
 * ATS created (also one sent later from the outbox, while the user types the next), a submission that waits in the
 * outbox for the connection (said once per submission, not at every retry), and saved settings. A refusal or an
 * unconfirmed outcome is not confirmed: it needs a decision, so it stays in the status bar's count and in history.
 * Called on the UI thread.
 */
final class SubmissionNotices {
    private final Messages messages;
    private final Notifier notifier;
    /** Submissions already said to wait in the outbox; they leave once created or settled otherwise. */
    private final Set<Long> saidWaiting = new HashSet<>();

    SubmissionNotices(Messages messages, Notifier notifier) {
        this.messages = Objects.requireNonNull(messages);
        this.notifier = Objects.requireNonNull(notifier);
    }

    void changed(Submission submission) {
        SubmissionState state = submission.state();
        if (state == SubmissionState.WAITING_TO_RETRY) {
            if (saidWaiting.add(submission.localId())) {
                notifier.confirm(messages.get("main.notify.waiting.title"),
                        messages.get("main.notify.waiting.text", who(submission)));
            }
            return;
        }
        if (state != SubmissionState.QUEUED && state != SubmissionState.SENDING) {
            saidWaiting.remove(submission.localId());
        }
        if (state == SubmissionState.CREATED) {
            notifier.confirm(messages.get("main.notify.created.title"),
                    messages.get("main.notify.created.text", who(submission)));
        }
    }

    void settingsSaved() {
        notifier.confirm(messages.get("main.notify.settingsSaved.title"),
                messages.get("main.notify.settingsSaved.text"));
    }

    /** The candidate as typed, else the ATS candidate id the application was made for. */
    private String who(Submission submission) {
        NewCandidate candidate = submission.request().candidate();
        if (candidate != null) {
            String name = candidate.name() != null && !candidate.name().isBlank() ? candidate.name()
                    : String.join(" ", nonBlank(candidate.firstName()), nonBlank(candidate.lastName())).strip();
            if (!name.isBlank()) {
                return name;
            }
        }
        String id = submission.request().candidateId();
        return id == null || id.isBlank() ? messages.get("main.notify.someone") : id;
    }

    private static String nonBlank(String part) {
        return part == null ? "" : part.strip();
    }
}
