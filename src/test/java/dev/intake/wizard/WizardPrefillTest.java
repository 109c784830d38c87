package dev.intake.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.store.HistoryLabels;
import dev.intake.wizard.candidate.CandidateStepViewModel;
import dev.intake.wizard.candidate.Countries;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.step.WizardStep;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** History's "edit and resubmit" and "new application for this candidate" open the wizard filled in. */
class WizardPrefillTest {
    private final FakeAts ats = FakeAts.standard();
    private final FakeOutbox outbox = new FakeOutbox();
    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor();

    private WizardViewModel wizard() {
        WizardViewModel wizard = new WizardViewModel(ats, outbox, new InMemoryDraftStore(), TestProfiles.SANDBOX,
                executor, Messages.load(), Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC),
                new RecentSources());
        wizard.start();
        return wizard;
    }

    /** A complete application with a questionnaire, as typed by a person. */
    private CreateApplicationRequest typedRequest() {
        WizardViewModel wizard = wizard();
        var c = wizard.candidate();
        c.firstName().set("Linus");
        c.lastName().set("Torvalds");
        c.email().set("linus@example.org");
        c.country().set(Countries.byCode("FI").orElseThrow());
        c.phones().getFirst().number().set("+358 40 1234567");
        c.company().set("Transmeta");
        c.hiredDate().set("2026-05-01");
        wizard.next();
        wizard.job().job().set(wizard.job().jobMatches().stream().filter(j -> j.id().equals("j-backend"))
                .findFirst().orElseThrow());
        wizard.job().sourceName().set("Hiring fair Lyon");
        wizard.next();
        wizard.questionnaire().visibleQuestions().stream().filter(q -> q.id().equals("q-why")).findFirst()
                .orElseThrow().text().set("Kernel work");
        wizard.questionnaire().visibleQuestions().stream().filter(q -> q.id().equals("q-visa")).findFirst()
                .orElseThrow().text().set("opt-no");
        wizard.next();
        wizard.next();
        assertEquals(WizardStep.REVIEW, wizard.currentStep());
        return wizard.buildRequest();
    }

    @Test
    void editAndResubmitRebuildsTheSameRequestAndSendsItAsTheSameSubmission() {
        CreateApplicationRequest stored = typedRequest();
        assertNotNull(stored.jobPostingId(), "the example has a posting and a questionnaire");

        long localId = outbox.submit(TestProfiles.SANDBOX.id(), stored).localId();
        outbox.reject(localId, 422, "candidate.email: not accepted");
        outbox.submitted.clear();
        outbox.labels.clear();
        WizardViewModel wizard = wizard();
        wizard.editSubmission(localId, stored);

        assertNull(wizard.bannerProperty().get(), () -> String.valueOf(wizard.bannerProperty().get()));
        assertEquals("Linus", wizard.candidate().firstName().get());
        assertEquals(stored, wizard.buildRequest(), "every field comes back as it was sent");
        while (wizard.currentStep() != WizardStep.REVIEW) {
            assertTrue(wizard.next(), "each step is valid as restored: " + wizard.currentStep());
        }
        outbox.automatic = true;
        wizard.submit();
        assertEquals(java.util.List.of(localId), outbox.resubmitted);
        assertEquals(WizardStep.RESULT, wizard.currentStep(), "the resubmission was created");
        assertEquals(java.util.List.of(stored), outbox.submitted, "sent once, as the edited submission");
        assertEquals(java.util.List.of(HistoryLabels.job("Senior Backend Engineer")), outbox.labels,
                "the job as restored is named again");
    }

    @Test
    void newApplicationForACandidateKeepsThePersonAndAsksForTheJob() {
        CreateApplicationRequest stored = typedRequest();
        WizardViewModel wizard = wizard();

        wizard.newApplicationFor(null, stored.candidate());

        assertEquals(CandidateStepViewModel.Mode.EXISTING, wizard.candidate().modeProperty().get(),
                "the person is looked up by email, as the ATS may have created them");
        assertEquals("linus@example.org", wizard.candidate().lookup().get());
        wizard.candidate().modeProperty().set(CandidateStepViewModel.Mode.NEW);
        assertEquals(stored.candidate(), wizard.candidate().newCandidate(), "the typed details are kept");
        assertNull(wizard.job().job().get(), "the job is picked anew");
        assertEquals(WizardStep.CANDIDATE, wizard.currentStep());
    }
}
