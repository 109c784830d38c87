package dev.intake.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.Profile;
import dev.intake.common.Fxml;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.testing.SampleRequests;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dialog: choose the account, pick a job where needed, send. */
@ExtendWith(ApplicationExtension.class)
class SendToAccountDialogTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages");
    private static final Profile ACME = new Profile("p-acme", "Acme ATS", "https://api.stackone.com", "acct-1",
            false, null);

    private final FakeOutbox outbox = new FakeOutbox();
    private final List<String> notes = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Submission ana = new Submission(7, Profile.SANDBOX_ID, at, at, SampleRequests.newCandidate("Ana Lima",
                "ana@example.com", "sandbox-job-1"), SubmissionState.CREATED, 1, null, null, null, null, null, null);
        SendToAccountViewModel model = new SendToAccountViewModel(List.of(ana), List.of(ACME),
                profile -> FakeAts.standard(), outbox, new SendToAccountViewModel.Notes() {
                    @Override
                    public void addSentTo(long localId, String note) {
                        notes.add(note);
                    }

                    @Override
                    public boolean wasSent(long localId) {
                        return false;
                    }
                }, new ImmediateTaskExecutor(),
                MESSAGES);
        Parent root = Fxml.load("/fxml/SendToAccount.fxml", MESSAGES, new SendToAccountController(model));
        stage.setScene(new Scene(root));
        stage.show();
    }

    @Test
    void choosingTheAccountAndAJobThereSendsTheApplication(FxRobot robot) {
        Button send = robot.lookup("#sendButton").queryButton();
        assertTrue(send.isDisabled(), "nothing to send before an account is chosen");

        robot.interact(() -> robot.lookup("#account").<ChoiceBox<Profile>>query().setValue(ACME));
        ComboBox<dev.intake.ats.Job> job = robot.lookup("#job").query();
        assertTrue(job.isVisible(), "the application's job is not open in the account: a job can be picked");
        assertTrue(robot.lookup(s -> s instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("Not sent: its job (sandbox-job-1) is not an open job in Acme ATS"))
                .tryQuery().isPresent());
        assertTrue(send.isDisabled());

        robot.interact(() -> job.setValue(job.getItems().getFirst()));
        assertFalse(send.isDisabled());
        robot.clickOn(send);

        assertEquals(1, outbox.submitted.size());
        assertEquals("p-acme", outbox.all().getFirst().profileId());
        assertEquals(List.of("Sent to Acme ATS as #1."), notes);
    }
}
