package dev.intake.wizard;

import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.InvalidRequestException;
import dev.intake.ats.NewCandidate;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Banner;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Field;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import dev.intake.outbox.Outbox;
import dev.intake.store.DraftStore;
import dev.intake.wizard.candidate.CandidateStep;
import dev.intake.wizard.candidate.CandidateStepViewModel;
import dev.intake.wizard.documents.DocumentsStepViewModel;
import dev.intake.wizard.job.JobStepViewModel;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.questionnaire.QuestionnaireStepViewModel;
import dev.intake.wizard.result.SubmissionViewModel;
import dev.intake.wizard.review.ReviewStepViewModel;
import dev.intake.wizard.step.ApplicationSummary;
import dev.intake.wizard.step.NextApplication;
import dev.intake.wizard.step.RequestParts;
import dev.intake.wizard.step.StepViewModel;
import dev.intake.wizard.step.WizardActions;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The application wizard, built from a list of steps: moving between them ({@link StepFlow}), the request they
 * make together, the draft kept of them, and the hand-over to the outbox. Everything here runs on the UI thread;
 * blocking work goes through the task executor.
 */
public final class WizardViewModel implements WizardActions {
    /** How long typing must pause before the draft is saved. */
    public static final Duration DRAFT_SAVE_DELAY = Duration.ofMillis(800);

    private final Profile profile;
    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorExplainer explainer;
    private final DeskSteps steps;
    private final StepFlow flow;
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner");
    private final WizardDrafts drafts;
    private boolean restoring;
    /** Whether the steps' loads from the ATS have been started ({@link #loadFromAts()}). */
    private boolean loadingFromAts;

    /** The desk wizard, with every step. */
    public WizardViewModel(Ats ats, Outbox outbox, DraftStore drafts, Profile profile, TaskExecutor executor,
            Messages messages, Clock clock, RecentSources recentSources) {
        this(ats, outbox, drafts, profile, executor, messages, clock, recentSources, DeskSteps.DESK);
    }

    /** A wizard of the pages {@code list} makes from the desk's parts, in its order. */
    public WizardViewModel(Ats ats, Outbox outbox, DraftStore drafts, Profile profile, TaskExecutor executor,
            Messages messages, Clock clock, RecentSources recentSources,
            Function<DeskSteps, List<WizardPage>> list) {
        this.profile = Objects.requireNonNull(profile);
        this.ats = Objects.requireNonNull(ats);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.explainer = new ErrorExplainer(messages);
        this.steps = new DeskSteps(ats, outbox, profile, executor, messages, clock, recentSources);
        SubmissionViewModel submission = steps.submission();
        BooleanBinding busy = Bindings.createBooleanBinding(() -> submission.phase().inProgress(),
                submission.phaseProperty());
        this.flow = new StepFlow(this, list.apply(steps), busy, this::summary);
        this.drafts = new WizardDrafts(this, Objects.requireNonNull(drafts), profile, executor,
                Objects.requireNonNull(clock), messages, DraftFormat.of(flow.pages()),
                () -> WizardStep.RESULT.equals(flow.currentStep()) || !hasSomethingTyped() ? null : state(),
                this::restore);

        SubmissionOutcome outcome = new SubmissionOutcome(this);
        submission.phaseProperty().addListener((obs, old, now) -> outcome.changed(now));
        for (StepViewModel form : flow.forms()) {
            form.revisionProperty().addListener((obs, old, now) -> scheduleDraftSave());
        }
        flow.currentStepProperty().addListener((obs, old, now) -> scheduleDraftSave());
    }

    /** Starts the wizard: {@link #startForm()}, then {@link #loadFromAts()}. */
    public void start() {
        startForm();
        loadFromAts();
    }

    /** What the form needs as it appears: the first field takes the focus, and an unfinished draft is offered. */
    public void startForm() {
        drafts.find();
        flow.focusFirst();
    }

    /**
     * Starts the background loads the steps need from the ATS (jobs, postings, custom fields, categories), once per
     * wizard. The app calls it once the form is in place: none of them is needed to start typing a candidate in.
     */
    public void loadFromAts() {
        if (!loadingFromAts) {
            loadingFromAts = true;
            flow.pages().forEach(WizardPage::start);
        }
    }

    // ---- drafts -------------------------------------------------------------------------------------------

    /** Saves the state once typing pauses; the JSON is written and stored on a worker thread. */
    private void scheduleDraftSave() {
        if (restoring || WizardStep.RESULT.equals(flow.currentStep()) || submission().phase().inProgress()) {
            return;
        }
        drafts.schedule();
    }

    /** Saves what is typed now instead of after the pause: the wizard is about to be replaced or closed. */
    public void flushDraft() {
        drafts.flush();
    }

    private boolean hasSomethingTyped() {
        CandidateStepViewModel.State c = steps.candidate().state();
        return c.chosen() != null || !Rules.isBlank(c.firstName()) || !Rules.isBlank(c.lastName())
                || !Rules.isBlank(c.email()) || !steps.documents().documents().isEmpty();
    }

    /** The whole wizard as a draft records it: each page's part under its key. */
    public WizardState state() {
        return WizardState.of(drafts.id(), flow.currentStep(), DraftFormat.save(flow.pages()));
    }

    /** Puts the wizard back exactly as the state describes it. */
    public void restore(WizardState state) {
        restoring = true;
        try {
            drafts.adopt(state.draftId());
            // In the list's order: the job's posting comes back before the answers to its questions.
            DraftFormat.restore(flow.pages(), state);
            flow.restore(state.step());
        } finally {
            restoring = false;
        }
    }

    /** "Resume": reads the unfinished application back (in the background) and shows it. */
    public void resumeDraft() {
        drafts.resume();
    }

    /** "Discard": the unfinished application is deleted. */
    public void discardDraft() {
        drafts.discard();
    }

    /** An unfinished application from an earlier session, offered to resume; null when there is none. */
    public ReadOnlyObjectProperty<DraftStore.Draft> pendingDraftProperty() {
        return drafts.pendingDraftProperty();
    }

    /** Why the draft could not be saved or read; null when all is well. */
    public ReadOnlyStringProperty draftProblemProperty() {
        return drafts.draftProblemProperty();
    }

    /** When the offered draft was saved, in local time, for the resume prompt. */
    public String draftTime(DraftStore.Draft draft) {
        return drafts.time(draft);
    }

    // ---- moving between pages -----------------------------------------------------------------------------

    /** The pages of this wizard, in order. */
    public List<WizardPage> pages() {
        return flow.pages();
    }

    /** A step with nothing to do: the questionnaire without a posting or without questions. */
    public boolean isSkipped(WizardStep step) {
        return flow.isSkipped(step);
    }

    public ReadOnlyBooleanProperty questionnaireApplicableProperty() {
        return steps.questionnaire().applicableProperty();
    }

    /**
     * Next: goes on when the step is valid; otherwise shows every problem of the step and asks the view to move
     * focus to the first invalid field. Returns whether it moved.
     */
    public boolean next() {
        return flow.next();
    }

    public void back() {
        flow.back();
    }

    /** "Edit" on the review page: jumps to a step; the step then offers to return to the review directly. */
    @Override
    public void edit(WizardStep step) {
        flow.edit(step);
    }

    /** Back to the review after an edit, if the edited step is valid. */
    public boolean returnToReview() {
        return flow.returnToReview();
    }

    // ---- the request and submitting -----------------------------------------------------------------------

    private RequestParts parts() {
        RequestParts parts = new RequestParts();
        flow.pages().forEach(page -> page.contribute(parts));
        return parts;
    }

    /** The request Submit would send now, built from the steps (on the UI thread; immutable afterwards). */
    public CreateApplicationRequest buildRequest() {
        return parts().request();
    }

    /** The application as the review shows it: the request and each step's part of it in words. */
    public ApplicationSummary summary() {
        CreateApplicationRequest request = buildRequest();
        return new ApplicationSummary(request, flow.pages().stream().filter(page -> page.form().isPresent())
                .map(page -> new ApplicationSummary.Section(page.step(), messages.get(page.step().titleKey()),
                        page.reviewLines(request)))
                .toList());
    }

    /** Submit (also Ctrl+Enter on the review page): every step must be valid; the first invalid one is shown. */
    public void submit() {
        if (!WizardStep.REVIEW.equals(flow.currentStep()) || submission().phase().inProgress()) {
            return;
        }
        for (WizardPage page : flow.pages()) {
            if (page.form().isEmpty() || page.skipped().get() || page.form().get().validProperty().get()) {
                continue;
            }
            banner.set(new Banner(Banner.Kind.ERROR, messages.get("wizard.fixFirst.title"),
                    messages.get(page.step().titleKey()), messages.get("wizard.fixFirst.advice")));
            flow.showProblems(page.step(), page.form().get());
            return;
        }
        RequestParts parts = parts();
        CreateApplicationRequest request = parts.request();
        try {
            request.checkCandidateChoice();
        } catch (InvalidRequestException e) {
            ErrorExplainer.Explanation why = explainer.explain(e);
            banner.set(new Banner(Banner.Kind.ERROR, why.title(), why.detail(), why.advice()));
            return;
        }
        banner.set(null);
        submission().submit(profile.id(), request, parts.labels());
    }

    public void cancelSubmit() {
        submission().cancel();
    }

    /** The outbox holds the application durably now: the draft is no longer needed. */
    void handedOver() {
        drafts.deleteCurrent();
        flow.pages().forEach(WizardPage::submitted);
    }

    StepFlow flow() {
        return flow;
    }

    void showBanner(Banner shown) {
        banner.set(shown);
    }

    // ---- after a submission -------------------------------------------------------------------------------

    /**
     * "New applicant" (the job and its details stay) or "same candidate, another job" (the person stays, found again
     * by email if just created): each step clears what belongs to the last application, and the wizard opens on the
     * first step that was cleared.
     */
    @Override
    public void startNext(NextApplication next) {
        drafts.startNew();
        WizardStep first = null;
        for (WizardPage page : flow.pages()) {
            if (!page.startNext(next) && first == null && page.form().isPresent()) {
                first = page.step();
            }
        }
        submission().reset();
        banner.set(null);
        flow.setEditingFromReview(false);
        flow.set(first == null ? flow.pages().getFirst().step() : first);
        flow.focusFirst();
    }

    /** "New applicant": empty candidate, answers and documents; job, posting, location, source and status stay. */
    public void newApplicant() {
        startNext(NextApplication.NEW_APPLICANT);
    }

    /** "Same candidate, another job": the person stays (found again by email if just created), the job is picked anew. */
    public void sameCandidateAnotherJob() {
        startNext(NextApplication.SAME_CANDIDATE);
    }

    /**
     * History's "edit and resubmit": the wizard shows the stored request (picked job, posting and location looked up
     * again), and Submit sends it once more as the same submission.
     */
    public void editSubmission(long localId, CreateApplicationRequest request) {
        String id = UUID.randomUUID().toString();
        prefill(() -> RequestPrefill.state(ats, request, id), () -> submission().resubmitAs(localId));
    }

    /**
     * History's "new application for this candidate": an existing candidate by id, or the details typed before (then
     * looked up by email, as the ATS has them if that application went in); the job is picked anew.
     */
    public void newApplicationFor(String candidateId, NewCandidate typed) {
        String id = UUID.randomUUID().toString();
        prefill(() -> WizardState.of(id, WizardStep.CANDIDATE,
                Map.of(CandidateStep.DRAFT_KEY, RequestPrefill.candidate(ats, candidateId, typed))), () -> {
                    steps.job().clearJob();
                    if (candidateId == null && typed != null && !Rules.isBlank(typed.email())) {
                        steps.candidate().useCandidateByEmail(typed.email());
                    }
                });
    }

    /** Keeps what was typed as a draft, then fills the wizard with what {@code work} builds in the background. */
    private void prefill(Callable<WizardState> work, Runnable then) {
        flushDraft();
        drafts.withdrawOffer();
        executor.wrap(work).onSuccess(state -> {
            submission().reset();
            banner.set(null);
            flow.setEditingFromReview(false);
            restore(state);
            then.run();
            flow.focusFirst();
        }).onFailure(error -> banner.set(new Banner(Banner.Kind.ERROR, messages.get("prefill.failed.title"),
                String.valueOf(error.getMessage()), messages.get("prefill.failed.advice")))).start();
    }

    public void dismissBanner() {
        banner.set(null);
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<WizardStep> currentStepProperty() {
        return flow.currentStepProperty();
    }

    public WizardStep currentStep() {
        return flow.currentStep();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return flow.pageIndexProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return flow.canGoNextProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return flow.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty editingFromReviewProperty() {
        return flow.editingFromReviewProperty();
    }

    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The field the view should focus: the first of a new page, or the first invalid one after a Next attempt. */
    public ReadOnlyObjectProperty<Field<?>> focusRequestProperty() {
        return flow.focusRequestProperty();
    }

    public CandidateStepViewModel candidate() {
        return steps.candidate();
    }

    public JobStepViewModel job() {
        return steps.job();
    }

    public QuestionnaireStepViewModel questionnaire() {
        return steps.questionnaire();
    }

    public DocumentsStepViewModel documents() {
        return steps.documents();
    }

    public ReviewStepViewModel review() {
        return steps.review();
    }

    public SubmissionViewModel submission() {
        return steps.submission();
    }

    public Profile profile() {
        return profile;
    }

    public Messages messages() {
        return messages;
    }
}
