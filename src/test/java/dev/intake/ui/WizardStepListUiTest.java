package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.wizard.DeskSteps;
import dev.intake.wizard.WizardController;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.candidate.CandidateStep;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.job.JobStep;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.result.ResultStep;
import dev.intake.wizard.review.ReviewStep;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The wizard's window made from another list of steps: the indicator and the pages follow the list. */
@ExtendWith(ApplicationExtension.class)
class WizardStepListUiTest {
    private static final Function<DeskSteps, List<WizardPage>> SHORT = s -> List.of(
            new CandidateStep(s.candidate(), s.messages()),
            new JobStep(s.job(), s.messages()),
            new ReviewStep(s.review()),
            new ResultStep(s.submission()));

    private final FakeOutbox outbox = FakeOutbox.automatic();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            fx(() -> {
                stage.close();
                return null;
            });
        }
    }

    @Test
    void showsAndWalksOnlyTheListedSteps(FxRobot robot) throws Exception {
        Messages messages = Messages.load();
        WizardViewModel wizard = fx(() -> new WizardViewModel(FakeAts.standard(), outbox, new InMemoryDraftStore(),
                TestProfiles.SANDBOX, new ImmediateTaskExecutor(), messages, Clock.systemUTC(), new RecentSources(),
                SHORT));
        stage = fx(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(WizardController.load(wizard, (owner, title, multiple) -> List.of()), 900, 700));
            shown.show();
            wizard.start();
            return shown;
        });
        HBox indicator = robot.lookup(".step-indicator").query();
        assertEquals(List.of("1  " + messages.get("wizard.step.candidate"), "2  " + messages.get("wizard.step.job"),
                "3  " + messages.get("wizard.step.review")),
                fx(() -> indicator.getChildren().stream().map(node -> ((Label) node).getText()).toList()));

        robot.clickOn("#firstName").write("Ada");
        robot.clickOn("#lastName").write("Lovelace");
        robot.clickOn("#email").write("ada@example.org");
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep().equals(WizardStep.JOB));
        robot.clickOn("#jobSearch").write("designer");
        robot.clickOn("Product Designer");
        await(() -> wizard.job().job().get() != null);
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep().equals(WizardStep.REVIEW));
        robot.clickOn("#submitButton");
        await(() -> wizard.currentStep().equals(WizardStep.RESULT));
        assertEquals("j-designer", outbox.submitted.getFirst().jobId());
        assertNull(outbox.submitted.getFirst().documents(), "no documents page, no documents");
    }
}
