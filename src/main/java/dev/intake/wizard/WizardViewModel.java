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
import dev.intake.form.ServerErrorLocator;
import dev.intake.outbox.Outbox;
import dev.intake.store.DraftStore;
import dev.intake.wizard.candidate.CandidateStepViewModel;
import dev.intake.wizard.documents.DocumentsStepViewModel;
import dev.intake.wizard.job.JobStepViewModel;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.questionnaire.QuestionnaireStepViewModel;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.result.SubmissionViewModel;
import dev.intake.wizard.review.ReviewStepViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The application wizard: which page is shown, whether Next may leave it, jumps back from Review to edit, and
 * the hand-over to the outbox. Each step has its own view-model; this one only moves between them and builds
 * the request from them. Everything here runs on the UI thread; blocking work goes through the task executor.
 */
public final class WizardViewModel {
    /** How long typing must pause before the draft is saved. */
    public static final Duration DRAFT_SAVE_DELAY = Duration.ofMillis(800);

    private final Profile profile;
    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorExplainer explainer;

    private final CandidateStepViewModel candidate;
    private final JobStepViewModel job;
    private final QuestionnaireStepViewModel questionnaire;
    private final DocumentsStepViewModel documents;
    private final ReviewStepViewModel review;
    private final SubmissionViewModel submission;

    private final ReadOnlyObjectWrapper<WizardStep> currentStep =
            new ReadOnlyObjectWrapper<>(this, "currentStep", WizardStep.CANDIDATE);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper editingFromReview = new ReadOnlyBooleanWrapper(this, "editingFromReview");
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner");
    private final ReadOnlyObjectWrapper<Field<?>> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");
    private final WizardDrafts drafts;
    private boolean restoring;

    public WizardViewModel(Ats ats, Outbox outbox, DraftStore drafts, Profile profile, TaskExecutor executor,
            Messages messages, Clock clock, RecentSources recentSources) {
        this.profile = Objects.requireNonNull(profile);
        this.ats = Objects.requireNonNull(ats);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.explainer = new ErrorExplainer(messages);
        this.candidate = new CandidateStepViewModel(ats, executor, messages);
        this.job = new JobStepViewModel(ats, executor, messages, profile.defaults(), recentSources);
        this.questionnaire = new QuestionnaireStepViewModel(executor, messages);
        this.documents = new DocumentsStepViewModel(ats, executor, messages);
        this.review = new ReviewStepViewModel(messages, candidate, job, questionnaire, documents);
        this.submission = new SubmissionViewModel(outbox, ats, executor, messages, clock);
        this.drafts = new WizardDrafts(this, Objects.requireNonNull(drafts), profile, executor,
                Objects.requireNonNull(clock), messages,
                () -> currentStep.get() == WizardStep.RESULT || !hasSomethingTyped() ? null : state(),
                this::restore);

        job.posting().valueProperty().addListener((obs, old, now) -> questionnaire.setPosting(now));
        pageIndex.bind(Bindings.createIntegerBinding(() -> currentStep.get().ordinal(), currentStep));
        BooleanBinding next = Bindings.createBooleanBinding(() -> {
            Optional<StepViewModel> step = stepModel(currentStep.get());
            return step.isPresent() && step.get().validProperty().get() && !submission.phase().inProgress();
        }, currentStep, candidate.validProperty(), job.validProperty(), questionnaire.validProperty(),
                documents.validProperty(), submission.phaseProperty());
        canGoNext.bind(next);
        canGoBack.bind(Bindings.createBooleanBinding(() -> currentStep.get() != WizardStep.CANDIDATE
                && currentStep.get() != WizardStep.RESULT && !submission.phase().inProgress(),
                currentStep, submission.phaseProperty()));
        questionnaire.applicableProperty().addListener((obs, was, now) -> {
            if (!now && currentStep.get() == WizardStep.QUESTIONNAIRE) {
                currentStep.set(WizardStep.DOCUMENTS);
            }
        });
        submission.phaseProperty().addListener((obs, old, now) -> submissionChanged(now));
        for (StepViewModel step : formSteps()) {
            step.revisionProperty().addListener((obs, old, now) -> scheduleDraftSave());
        }
        currentStep.addListener((obs, old, now) -> scheduleDraftSave());
    }

    /** Starts the background loads the steps need (jobs, postings, custom fields, categories). */
    public void start() {
        candidate.loadCustomFieldDefinitions();
        job.start();
        documents.loadCategories();
        drafts.find();
        focusFirst();
    }

    // ---- drafts -------------------------------------------------------------------------------------------

    /** Saves the state once typing pauses; the JSON is written and stored on a worker thread. */
    private void scheduleDraftSave() {
        if (restoring || currentStep.get() == WizardStep.RESULT || submission.phase().inProgress()) {
            return;
        }
        drafts.schedule();
    }

    /** Saves what is typed now instead of after the pause: the wizard is about to be replaced or closed. */
    public void flushDraft() {
        drafts.flush();
    }

    private boolean hasSomethingTyped() {
        CandidateStepViewModel.State c = candidate.state();
        return c.chosen() != null || !Rules.isBlank(c.firstName()) || !Rules.isBlank(c.lastName())
                || !Rules.isBlank(c.email()) || !documents.documents().isEmpty();
    }

    /** The whole wizard as a draft records it. */
    public WizardState state() {
        return new WizardState(WizardState.VERSION, drafts.id(), currentStep.get(), candidate.state(), job.state(),
                questionnaire.state(), documents.state());
    }

    /** Puts the wizard back exactly as the state describes it. */
    public void restore(WizardState state) {
        restoring = true;
        try {
            drafts.adopt(state.draftId());
            if (state.candidate() != null) {
                candidate.restore(state.candidate());
            }
            if (state.job() != null) {
                job.restore(state.job());
            }
            questionnaire.restore(state.answers());
            documents.restore(state.documents());
            WizardStep step = state.step() == null || state.step() == WizardStep.RESULT
                    ? WizardStep.CANDIDATE : state.step();
            if (isSkipped(step)) {
                step = WizardStep.DOCUMENTS;
            }
            show(step);
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

    private Optional<StepViewModel> stepModel(WizardStep step) {
        return Optional.ofNullable(switch (step) {
            case CANDIDATE -> candidate;
            case JOB -> job;
            case QUESTIONNAIRE -> questionnaire;
            case DOCUMENTS -> documents;
            default -> null;
        });
    }

    private List<StepViewModel> formSteps() {
        return List.of(candidate, job, questionnaire, documents);
    }

    /** A step with nothing to do: the questionnaire without a posting or without questions. */
    public boolean isSkipped(WizardStep step) {
        return step == WizardStep.QUESTIONNAIRE && !questionnaire.isApplicable();
    }

    public ReadOnlyBooleanProperty questionnaireApplicableProperty() {
        return questionnaire.applicableProperty();
    }

    /**
     * Next: goes on when the step is valid; otherwise shows every problem of the step and asks the view to move
     * focus to the first invalid field. Returns whether it moved.
     */
    public boolean next() {
        WizardStep step = currentStep.get();
        Optional<StepViewModel> model = stepModel(step);
        if (model.isEmpty() || submission.phase().inProgress()) {
            return false;
        }
        if (!model.get().validProperty().get()) {
            model.get().fields().revealAll();
            model.get().fields().firstInvalid().ifPresent(this::requestFocus);
            return false;
        }
        WizardStep target = WizardStep.values()[step.ordinal() + 1];
        while (isSkipped(target)) {
            target = WizardStep.values()[target.ordinal() + 1];
        }
        show(target);
        return true;
    }

    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        WizardStep target = WizardStep.values()[currentStep.get().ordinal() - 1];
        while (isSkipped(target) && target.ordinal() > 0) {
            target = WizardStep.values()[target.ordinal() - 1];
        }
        show(target);
    }

    /** "Edit" on the review page: jumps to a step; the step then offers to return to the review directly. */
    public void edit(WizardStep step) {
        if (currentStep.get() == WizardStep.REVIEW) {
            editingFromReview.set(true);
        }
        show(step);
    }

    /** Back to the review after an edit, if the edited step is valid. */
    public boolean returnToReview() {
        Optional<StepViewModel> model = stepModel(currentStep.get());
        if (model.isPresent() && !model.get().validProperty().get()) {
            model.get().fields().revealAll();
            model.get().fields().firstInvalid().ifPresent(this::requestFocus);
            return false;
        }
        show(WizardStep.REVIEW);
        return true;
    }

    private void show(WizardStep step) {
        if (step == WizardStep.REVIEW) {
            editingFromReview.set(false);
            review.refresh(buildRequest());
        }
        currentStep.set(step);
        focusFirst();
    }

    private void focusFirst() {
        stepModel(currentStep.get()).flatMap(m -> m.fields().activeFields().stream().findFirst())
                .ifPresent(this::requestFocus);
    }

    private void requestFocus(Field<?> field) {
        focusRequest.set(null);
        focusRequest.set(field);
    }

    // ---- the request and submitting -----------------------------------------------------------------------

    /** The request Submit would send now, built from the steps (on the UI thread; immutable afterwards). */
    public CreateApplicationRequest buildRequest() {
        return WizardRequest.build(candidate, job, questionnaire, documents);
    }

    /** Submit (also Ctrl+Enter on the review page): every step must be valid; the first invalid one is shown. */
    public void submit() {
        if (currentStep.get() != WizardStep.REVIEW || submission.phase().inProgress()) {
            return;
        }
        for (WizardStep step : List.of(WizardStep.CANDIDATE, WizardStep.JOB, WizardStep.QUESTIONNAIRE,
                WizardStep.DOCUMENTS)) {
            StepViewModel model = stepModel(step).orElseThrow();
            if (!isSkipped(step) && !model.validProperty().get()) {
                banner.set(new Banner(Banner.Kind.ERROR, messages.get("wizard.fixFirst.title"),
                        messages.get(step.titleKey()), messages.get("wizard.fixFirst.advice")));
                editingFromReview.set(true);
                currentStep.set(step);
                model.fields().revealAll();
                model.fields().firstInvalid().ifPresent(this::requestFocus);
                return;
            }
        }
        CreateApplicationRequest request = buildRequest();
        try {
            request.checkCandidateChoice();
        } catch (InvalidRequestException e) {
            ErrorExplainer.Explanation why = explainer.explain(e);
            banner.set(new Banner(Banner.Kind.ERROR, why.title(), why.detail(), why.advice()));
            return;
        }
        banner.set(null);
        submission.submit(profile.id(), request, WizardRequest.historyLabels(candidate, job));
    }


    public void cancelSubmit() {
        submission.cancel();
    }

    private void submissionChanged(Phase phase) {
        switch (phase) {
            case CREATED, QUEUED_OFFLINE, RETRY_SCHEDULED, OUTCOME_UNKNOWN -> {
                // The outbox holds the application durably now: the draft is no longer needed.
                drafts.deleteCurrent();
                job.rememberSource();
                banner.set(null);
                currentStep.set(WizardStep.RESULT);
            }
            case REJECTED -> rejected();
            case CANCELLED -> {
                banner.set(new Banner(Banner.Kind.INFO, messages.get("submit.cancelled.title"), null,
                        messages.get("submit.cancelled.advice")));
                currentStep.set(WizardStep.REVIEW);
            }
            case FAILED -> {
                ErrorExplainer.Explanation why = submission.explanationProperty().get();
                banner.set(new Banner(Banner.Kind.ERROR, why.title(), why.detail(), why.advice()));
            }
            default -> { }
        }
    }

    /** A 400/422 goes back onto the field it names when one can be found; anything else is a banner. */
    private void rejected() {
        ErrorExplainer.Explanation why = submission.explanationProperty().get();
        String serverMessage = submission.submissionProperty().get() == null ? null
                : submission.submissionProperty().get().errorMessage();
        Integer status = submission.submissionProperty().get() == null ? null
                : submission.submissionProperty().get().errorStatus();
        Optional<Field<?>> field = status != null && (status == 400 || status == 422)
                ? ServerErrorLocator.locate(serverMessage, formSteps()) : Optional.empty();
        if (field.isPresent()) {
            Field<?> target = field.get();
            target.setServerProblem(messages.get("server.fieldProblem", serverMessage));
            WizardStep owner = List.of(WizardStep.CANDIDATE, WizardStep.JOB, WizardStep.QUESTIONNAIRE,
                    WizardStep.DOCUMENTS).stream()
                    .filter(s -> stepModel(s).orElseThrow().fields().activeFields().contains(target))
                    .findFirst().orElse(WizardStep.REVIEW);
            banner.set(new Banner(Banner.Kind.ERROR, why.title(), serverMessage,
                    messages.get("server.fieldMarked")));
            if (owner != WizardStep.REVIEW) {
                editingFromReview.set(true);
                currentStep.set(owner);
            }
            requestFocus(target);
        } else {
            banner.set(new Banner(Banner.Kind.ERROR, why.title(), why.detail(), why.advice()));
            currentStep.set(WizardStep.REVIEW);
        }
    }

    // ---- after a submission -------------------------------------------------------------------------------

    /** "New applicant": empty candidate, answers and documents; job, posting, location, source and status stay. */
    public void newApplicant() {
        drafts.startNew();
        candidate.clear();
        questionnaire.clearAnswers();
        documents.clear();
        submission.reset();
        banner.set(null);
        editingFromReview.set(false);
        currentStep.set(WizardStep.CANDIDATE);
        focusFirst();
    }

    /** "Same candidate, another job": the person stays (found again by email if just created), the job is picked anew. */
    public void sameCandidateAnotherJob() {
        drafts.startNew();
        if (candidate.modeProperty().get() == CandidateStepViewModel.Mode.NEW) {
            String email = candidate.applicantEmail();
            if (email != null) {
                candidate.useCandidateByEmail(email);
            }
        }
        job.clearJob();
        questionnaire.clearAnswers();
        documents.clear();
        submission.reset();
        banner.set(null);
        editingFromReview.set(false);
        currentStep.set(WizardStep.JOB);
        focusFirst();
    }

    /**
     * History's "edit and resubmit": the wizard shows the stored request (picked job, posting and location looked up
     * again), and Submit sends it once more as the same submission.
     */
    public void editSubmission(long localId, CreateApplicationRequest request) {
        String id = UUID.randomUUID().toString();
        prefill(() -> RequestPrefill.state(ats, request, id), () -> submission.resubmitAs(localId));
    }

    /**
     * History's "new application for this candidate": an existing candidate by id, or the details typed before (then
     * looked up by email, as the ATS has them if that application went in); the job is picked anew.
     */
    public void newApplicationFor(String candidateId, NewCandidate typed) {
        String id = UUID.randomUUID().toString();
        prefill(() -> new WizardState(WizardState.VERSION, id, WizardStep.CANDIDATE,
                RequestPrefill.candidate(ats, candidateId, typed), null, null, null), () -> {
                    job.clearJob();
                    if (candidateId == null && typed != null && !Rules.isBlank(typed.email())) {
                        candidate.useCandidateByEmail(typed.email());
                    }
                });
    }

    /** Keeps what was typed as a draft, then fills the wizard with what {@code work} builds in the background. */
    private void prefill(java.util.concurrent.Callable<WizardState> work, Runnable then) {
        flushDraft();
        drafts.withdrawOffer();
        executor.wrap(work).onSuccess(state -> {
            submission.reset();
            banner.set(null);
            editingFromReview.set(false);
            restore(state);
            then.run();
            focusFirst();
        }).onFailure(error -> banner.set(new Banner(Banner.Kind.ERROR, messages.get("prefill.failed.title"),
                String.valueOf(error.getMessage()), messages.get("prefill.failed.advice")))).start();
    }

    public void dismissBanner() {
        banner.set(null);
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<WizardStep> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public WizardStep currentStep() {
        return currentStep.get();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingFromReviewProperty() {
        return editingFromReview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The field the view should focus: the first of a new page, or the first invalid one after a Next attempt. */
    public ReadOnlyObjectProperty<Field<?>> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
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

    public Profile profile() {
        return profile;
    }

    public Messages messages() {
        return messages;
    }
}
