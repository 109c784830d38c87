package dev.intake.wizard;

import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.outbox.Outbox;
import dev.intake.wizard.candidate.CandidateStep;
import dev.intake.wizard.candidate.CandidateStepViewModel;
import dev.intake.wizard.documents.DocumentsStep;
import dev.intake.wizard.documents.DocumentsStepViewModel;
import dev.intake.wizard.job.JobStep;
import dev.intake.wizard.job.JobStepViewModel;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.questionnaire.QuestionnaireStep;
import dev.intake.wizard.questionnaire.QuestionnaireStepViewModel;
import dev.intake.wizard.result.ResultStep;
import dev.intake.wizard.result.SubmissionViewModel;
import dev.intake.wizard.review.ReviewStep;
import dev.intake.wizard.review.ReviewStepViewModel;
import dev.intake.wizard.step.WizardPage;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The parts the desk wizard is made of, one view-model per step, and the one place their list is made. A step is
 * added by its own package and one line in {@link #DESK}; another form (a one-page entry) is another list of the
 * same parts.
 */
public final class DeskSteps {
    /** The desk wizard: candidate, job, questionnaire, documents, review, result. */
    public static final Function<DeskSteps, List<WizardPage>> DESK = s -> List.of(
            new CandidateStep(s.candidate(), s.messages()),
            new JobStep(s.job(), s.messages()),
            new QuestionnaireStep(s.questionnaire(), s.messages()),
            new DocumentsStep(s.documents(), s.messages()),
            new ReviewStep(s.review()),
            new ResultStep(s.submission()));

    private final Messages messages;
    private final CandidateStepViewModel candidate;
    private final JobStepViewModel job;
    private final QuestionnaireStepViewModel questionnaire;
    private final DocumentsStepViewModel documents;
    private final ReviewStepViewModel review;
    private final SubmissionViewModel submission;

    DeskSteps(Ats ats, Outbox outbox, Profile profile, TaskExecutor executor, Messages messages, Clock clock,
            RecentSources recentSources) {
        this.messages = messages;
        this.candidate = new CandidateStepViewModel(ats, executor, messages);
        this.job = new JobStepViewModel(ats, executor, messages, profile.defaults(), recentSources);
        this.questionnaire = new QuestionnaireStepViewModel(executor, messages);
        this.documents = new DocumentsStepViewModel(ats, executor, messages);
        this.review = new ReviewStepViewModel(messages);
        this.submission = new SubmissionViewModel(outbox, ats, executor, messages, clock);
        // The questionnaire is the picked posting's: the one link between steps, made here where both are known.
        job.posting().valueProperty().addListener((obs, old, now) -> questionnaire.setPosting(now));
    }

    public Messages messages() {
        return messages;
    }

    public CandidateStepViewModel candidate() {
        return candidate;
    }

    public JobStepViewModel job() {
        return job;
    }

    public QuestionnaireStepViewModel questionnaire() {
        return questionnaire;
    }

    public DocumentsStepViewModel documents() {
        return documents;
    }

    public ReviewStepViewModel review() {
        return review;
    }

    public SubmissionViewModel submission() {
        return submission;
    }
}
