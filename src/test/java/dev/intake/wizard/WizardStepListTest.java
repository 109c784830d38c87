package dev.intake.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.wizard.candidate.CandidateStep;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.job.JobStep;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.result.ResultStep;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.review.ReviewStep;
import dev.intake.wizard.step.ApplicationSummary;
import dev.intake.wizard.step.DraftPart;
import dev.intake.wizard.step.StepContext;
import dev.intake.wizard.step.StepView;
import dev.intake.wizard.step.StepViewModel;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** A wizard made from another list of the same steps: only the listed pages are walked, checked and sent. */
class WizardStepListTest {
    /** A short form: who and for which job, then review and send; no questionnaire, no documents. */
    private static final Function<DeskSteps, List<WizardPage>> SHORT = s -> List.of(
            new CandidateStep(s.candidate(), s.messages()),
            new JobStep(s.job(), s.messages()),
            new ReviewStep(s.review()),
            new ResultStep(s.submission()));

    private final FakeOutbox outbox = new FakeOutbox();
    private final WizardViewModel wizard = new WizardViewModel(FakeAts.standard(), outbox, new InMemoryDraftStore(),
            TestProfiles.SANDBOX, new ImmediateTaskExecutor(), Messages.load(), Clock.systemUTC(),
            new RecentSources(), SHORT);

    private Job job(String id) {
        return wizard.job().jobMatches().stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void walksOnlyTheListedStepsAndSendsWhatTheyHold() {
        wizard.start();
        assertEquals(List.of(WizardStep.CANDIDATE, WizardStep.JOB, WizardStep.REVIEW, WizardStep.RESULT),
                wizard.pages().stream().map(WizardPage::step).toList());
        wizard.candidate().firstName().set("Ada");
        wizard.candidate().lastName().set("Lovelace");
        wizard.candidate().email().set("ada@example.org");
        assertTrue(wizard.next());
        assertEquals(WizardStep.JOB, wizard.currentStep());
        assertEquals(1, wizard.pageIndexProperty().get());

        // This job's posting has a questionnaire; the short form has no page for it, so it is neither asked nor sent.
        wizard.job().job().set(job("j-backend"));
        assertTrue(wizard.next());
        assertEquals(WizardStep.REVIEW, wizard.currentStep(), "from the job straight to the review");
        List<ApplicationSummary.Section> sections = wizard.review().sections();
        assertEquals(List.of(WizardStep.CANDIDATE, WizardStep.JOB),
                sections.stream().map(ApplicationSummary.Section::step).toList());
        assertTrue(sections.getFirst().lines().contains(new ApplicationSummary.Line("Full name", "Ada Lovelace")));

        wizard.back();
        assertEquals(WizardStep.JOB, wizard.currentStep(), "Back returns to the previous listed page");
        wizard.next();
        wizard.submit();
        outbox.created(1, "app-1", "rem-1", null);
        assertEquals(Phase.CREATED, wizard.submission().phase());
        assertEquals(WizardStep.RESULT, wizard.currentStep());

        CreateApplicationRequest sent = outbox.submitted.getFirst();
        assertEquals("j-backend", sent.jobId());
        assertEquals("ada@example.org", sent.candidate().email());
        assertNull(sent.questionnaires());
        assertNull(sent.documents());

        wizard.sameCandidateAnotherJob();
        assertEquals(WizardStep.JOB, wizard.currentStep(), "the same person: the wizard opens on the job");
        assertNull(wizard.job().job().get());
        assertFalse(wizard.canGoNextProperty().get());
    }

    /** A page added by one line in the list keeps its own part of the draft: saved and resumed with the rest. */
    @Test
    void aPageAddedToTheListKeepsItsOwnPartOfTheDraft() {
        InMemoryDraftStore drafts = new InMemoryDraftStore();
        ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
        Function<DeskSteps, List<WizardPage>> withReferral = s -> List.of(
                new CandidateStep(s.candidate(), s.messages()),
                new ReferralPage(),
                new JobStep(s.job(), s.messages()),
                new ReviewStep(s.review()),
                new ResultStep(s.submission()));
        WizardViewModel first = new WizardViewModel(FakeAts.standard(), outbox, drafts, TestProfiles.SANDBOX,
                executor, Messages.load(), Clock.systemUTC(), new RecentSources(), withReferral);
        first.start();
        referral(first).who.set("Grace, at the Boston meetup");
        first.candidate().firstName().set("Ada");
        executor.runDelayed();

        WizardViewModel second = new WizardViewModel(FakeAts.standard(), outbox, drafts, TestProfiles.SANDBOX,
                executor, Messages.load(), Clock.systemUTC(), new RecentSources(), withReferral);
        second.start();
        second.resumeDraft();

        assertEquals("Grace, at the Boston meetup", referral(second).who.get());
        assertEquals("Ada", second.candidate().firstName().get());
    }

    private static ReferralPage referral(WizardViewModel wizard) {
        return (ReferralPage) wizard.pages().get(1);
    }

    /** A page of this test's own, with no form: who referred the candidate, kept in the draft under its key. */
    private static final class ReferralPage implements WizardPage {
        private final StringProperty who = new SimpleStringProperty();

        private record Referral(String who) {
        }

        @Override
        public WizardStep step() {
            return new WizardStep("REFERRAL");
        }

        @Override
        public Optional<StepViewModel> form() {
            return Optional.empty();
        }

        @Override
        public StepView view(StepContext context) {
            throw new UnsupportedOperationException("no page is shown in this test");
        }

        @Override
        public Optional<DraftPart<?>> draft() {
            return Optional.of(new DraftPart<>("referral", Referral.class, () -> new Referral(who.get()),
                    saved -> who.set(saved == null ? null : saved.who())));
        }
    }
}
