package dev.intake.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Application;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.Candidate;
import dev.intake.ats.JobPosting;
import dev.intake.ats.StackOneClient;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.wizard.fakes.DirectOutbox;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.wizard.fakes.SandboxAnswers;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.questionnaire.QuestionModel;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.step.WizardStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's view-models against the embedded sandbox over real HTTP with the real client: what the wizard
 * builds is accepted, can be read back, and the sandbox's 422 lands on the field it names.
 */
class WizardSandboxTest {
    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private StackOneClient ats;
    private WizardViewModel wizard;

    @BeforeEach
    void setUp() {
        sandbox = SandboxServer.start(SandboxOptions.defaults());
        ats = new StackOneClient(new AtsConnection(sandbox.baseUrl().toString(), sandbox.apiKey(),
                sandbox.accountId()));
        wizard = new WizardViewModel(ats, new DirectOutbox(ats), new InMemoryDraftStore(), TestProfiles.SANDBOX,
                new ImmediateTaskExecutor(), Messages.load(), Clock.systemUTC(), new RecentSources());
        wizard.start();
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    private void enterCandidate(String email) throws IOException {
        wizard.candidate().firstName().set("Évariste");
        wizard.candidate().lastName().set("Galois");
        wizard.candidate().email().set(email);
        wizard.next();
    }

    @Test
    void aNewCandidateWithConditionalAnswersAndADocumentIsCreatedAndCanBeReadBack() throws IOException {
        JobPosting posting = SandboxAnswers.postingWithCondition(ats);
        enterCandidate("evariste.galois@example.org");
        SandboxAnswers.chooseJobAndPosting(wizard, posting);
        wizard.next();
        assertEquals(WizardStep.QUESTIONNAIRE, wizard.currentStep());
        SandboxAnswers.answerEverything(wizard, posting, dir);
        assertTrue(wizard.questionnaire().visibleQuestions().stream()
                .anyMatch(q -> q.question().parentQuestion() != null), "a conditional question was opened");
        wizard.next();
        wizard.documents().addFiles(List.of(Files.writeString(dir.resolve("galois-cv.pdf"), "%PDF groups")));
        wizard.next();
        assertEquals(WizardStep.REVIEW, wizard.currentStep());
        wizard.submit();

        assertEquals(Phase.CREATED, wizard.submission().phase(), () -> String.valueOf(
                wizard.submission().explanationProperty().get()));
        String applicationId = wizard.submission().applicationIdProperty().get();
        assertNotNull(applicationId);
        Candidate created = ats.candidatesByEmail("evariste.galois@example.org", 10).fetch(null).data().getFirst();
        assertEquals("Évariste Galois", created.displayName());
        Optional<Application> readBack = ats.applications(posting.jobId(), null, 100).all().stream()
                .filter(a -> a.id().equals(applicationId)).findFirst();
        assertTrue(readBack.isPresent());
        assertEquals(created.id(), readBack.get().candidateId());
    }

    @Test
    void theSandboxs422IsPutOnTheQuestionItNames() throws IOException {
        JobPosting posting = SandboxAnswers.postingWithCondition(ats);
        enterCandidate("niels.abel@example.org");
        SandboxAnswers.chooseJobAndPosting(wizard, posting);
        wizard.next();
        SandboxAnswers.answerEverything(wizard, posting, dir);
        QuestionModel shortText = wizard.questionnaire().visibleQuestions().stream()
                .filter(q -> q.kind() == QuestionModel.Kind.SHORT_TEXT).findFirst().orElseThrow();
        shortText.text().set("x".repeat(300));
        wizard.next();
        wizard.next();
        wizard.submit();

        assertEquals(Phase.REJECTED, wizard.submission().phase());
        assertEquals(WizardStep.QUESTIONNAIRE, wizard.currentStep());
        assertEquals(shortText.text(), wizard.focusRequestProperty().get());
        assertTrue(shortText.text().message().contains("longer than"), shortText.text().message());
        shortText.text().set("A short answer");
        wizard.returnToReview();
        wizard.submit();
        assertEquals(Phase.CREATED, wizard.submission().phase());
    }
}
