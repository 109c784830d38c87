package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.app.AppServices;
import dev.intake.app.IntakeApp;
import dev.intake.ats.Application;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.Candidate;
import dev.intake.ats.JobPosting;
import dev.intake.ats.StackOneClient;
import dev.intake.common.FxTaskExecutor;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.fakes.DirectOutbox;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.wizard.fakes.SandboxAnswers;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.step.WizardStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window against the embedded sandbox over HTTP; the application is read back from the sandbox. */
@ExtendWith(ApplicationExtension.class)
class WizardSandboxUiTest {
    @TempDir
    Path dir;
    private final SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults());
    private final StackOneClient ats = new StackOneClient(new AtsConnection(sandbox.baseUrl().toString(),
            sandbox.apiKey(), sandbox.accountId()));
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Stage stage;


    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            fx(() -> {
                stage.close();
                return null;
            });
        }
        executor.close();
        sandbox.close();
    }

    @Test
    void aNewCandidateWithAConditionalQuestionAndADocumentReachesTheSandbox(FxRobot robot) throws Exception {
        Path cv = Files.writeString(dir.resolve("noether-cv.pdf"), "%PDF rings");
        IntakeApp app = new IntakeApp(args -> Optional.of(new AppServices(ats, new DirectOutbox(ats),
                new InMemoryDraftStore(), TestProfiles.SANDBOX, executor)),
                (owner, title, multiple) -> List.of(cv), executor);
        stage = fx(() -> {
            Stage shown = new Stage();
            app.start(shown);
            return shown;
        });
        WizardViewModel wizard = app.wizard().orElseThrow();
        JobPosting posting = SandboxAnswers.postingWithCondition(ats);
        await(() -> !wizard.job().jobMatches().isEmpty());

        robot.clickOn("#firstName").write("Emmy");
        robot.clickOn("#lastName").write("Noether");
        robot.clickOn("#email").write("emmy.noether@example.org");
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep() == WizardStep.JOB);
        fx(() -> {
            SandboxAnswers.chooseJobAndPosting(wizard, posting);
            return null;
        });
        await(() -> wizard.questionnaireApplicableProperty().get());
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep() == WizardStep.QUESTIONNAIRE);
        fx(() -> {
            SandboxAnswers.answerEverything(wizard, posting, dir);
            return null;
        });
        await(() -> wizard.questionnaire().validProperty().get());
        assertTrue(fx(() -> robot.lookup(".question.conditional").queryAll().stream().anyMatch(Node::isVisible)),
                "a conditional question is shown");
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep() == WizardStep.DOCUMENTS);
        robot.clickOn("#chooseButton");
        await(() -> wizard.documents().documents().size() == 1);
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep() == WizardStep.REVIEW);
        robot.clickOn("#submitButton");
        await(() -> wizard.currentStep() == WizardStep.RESULT);

        String applicationId = fx(() -> robot.lookup("#applicationId").queryAs(Label.class).getText());
        Candidate created = ats.candidatesByEmail("emmy.noether@example.org", 10).fetch(null).data().getFirst();
        Application readBack = ats.applications(posting.jobId(), null, 100).all().stream()
                .filter(a -> a.id().equals(applicationId)).findFirst().orElseThrow();
        assertEquals(created.id(), readBack.candidateId());
        assertEquals("Emmy Noether", created.displayName());
    }
}
