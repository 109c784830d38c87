package dev.intake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.common.Fxml;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.outbox.OutboxTestKit;
import dev.intake.store.SubmissionState;
import dev.intake.store.HistoryEntry;
import dev.intake.store.HistoryLabels;
import dev.intake.store.SqliteDraftStore;
import dev.intake.testing.Layouts;
import dev.intake.testing.SampleRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages");

    @TempDir
    Path dir;
    private OutboxTestKit kit;
    private ImmediateTaskExecutor executor;
    private HistoryViewModel model;
    private long waiting;
    private long unconfirmed;
    private final List<String> questions = new java.util.ArrayList<>();
    private boolean answer = true;

    @Start
    void start(Stage stage) throws Exception {
        kit = new OutboxTestKit(dir.resolve("data"));
        kit.outbox().submit("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1"),
                HistoryLabels.job("Warehouse Lead"));
        kit.runOutbox();
        kit.ats().failCreates(OutboxTestKit.lostBeforeCreate());
        unconfirmed = kit.outbox().submit("p1", SampleRequests.newCandidate("Cy Dune", "cy@example.com", "job-3"))
                .localId();
        kit.runOutbox();
        // Checked with the ATS (after its settle delays) until it waits for a person's decision.
        for (int check = 0; check < 20 && kit.store().get(unconfirmed).orElseThrow().nextAttemptAt() != null;
                check++) {
            kit.advance(java.time.Duration.between(kit.now(),
                    kit.store().get(unconfirmed).orElseThrow().nextAttemptAt()));
            kit.runOutbox();
        }
        kit.ats().failCreates(OutboxTestKit.notConnected());
        waiting = kit.outbox().submit("p1", SampleRequests.newCandidate("Bo Chen", "bo@example.com", "job-2"))
                .localId();
        kit.runOutbox();
        executor = new ImmediateTaskExecutor();
        model = new HistoryViewModel(kit.store(), new SqliteDraftStore(kit.database()), kit.outbox(), executor,
                Clock.fixed(kit.now(), ZoneOffset.UTC), MESSAGES);
        HistoryController controller = new HistoryController(model, MESSAGES, 30, question -> {
            questions.add(question);
            return answer;
        },
                format -> Optional.of(dir.resolve("export." + format.name().toLowerCase())));
        Parent root = Fxml.load("/fxml/HistoryView.fxml", MESSAGES, controller);
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        model.close();
        kit.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryEntry> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private List<String> candidates(FxRobot robot) {
        return table(robot).getItems().stream().map(HistoryEntry::candidateName).toList();
    }

    @Test
    void theDetailsSayWhereTheNoteAndTheCvStand(FxRobot robot) throws Exception {
        robot.interact(() -> {
            kit.ats().failFollowUps(OutboxTestKit.httpError(422));
            kit.outbox().submit("p1", SampleRequests.newCandidate("Dee Ray", "dee@example.com", "job-1"),
                    HistoryLabels.job("Warehouse Lead"), new dev.intake.outbox.SubmitOptions("event:fair-1", null,
                            "Met at the booth", false, List.of(new dev.intake.store.DocumentUpload("cv.pdf", "pdf",
                                    null, new byte[] {1}))));
            kit.outbox().drain();
            kit.runOutbox();
            executor.runDelayed();
        });

        robot.clickOn("Dee Ray");

        javafx.scene.control.Label parts = robot.lookup("#parts").queryAs(javafx.scene.control.Label.class);
        assertTrue(parts.isVisible());
        // The document may still wait for the rate limit here: its line says so.
        assertTrue(parts.getText().startsWith("Application: Created\nNote: failed, add it in the ATS by hand "
                + "(HTTP 422: Scripted 422)\nDocument cv.pdf: "), parts.getText());
        robot.clickOn("Ana Li");
        assertTrue(!parts.isVisible(), "nothing to say when only the application went");
    }

    @Test
    void typingInSearchNarrowsTheList(FxRobot robot) {
        assertEquals(List.of("Bo Chen", "Cy Dune", "Ana Li"), candidates(robot));

        robot.clickOn("#search").write("ana");
        robot.interact(executor::runDelayed);

        assertEquals(List.of("Ana Li"), candidates(robot));
        assertTrue(robot.lookup("1 submission").tryQuery().isPresent(), "the count follows the search");
    }

    @Test
    void theSearchFieldsClearButtonShowsEverySubmissionAgain(FxRobot robot) {
        robot.clickOn("#search").write("ana");
        robot.interact(executor::runDelayed);
        assertEquals(List.of("Ana Li"), candidates(robot));

        robot.clickOn("#search .clear-button");
        robot.interact(executor::runDelayed);

        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText());
        assertEquals(List.of("Bo Chen", "Cy Dune", "Ana Li"), candidates(robot));
    }

    @Test
    void retryingAFailedSubmissionSendsItAndShowsCreated(FxRobot robot) {
        robot.clickOn("Bo Chen");
        assertTrue(robot.lookup("Waiting to retry").tryQuery().isPresent());

        Layouts.settle();
        robot.clickOn("#retryButton");
        robot.interact(() -> {
            kit.runOutbox();
            executor.runDelayed();
        });

        HistoryEntry bo = table(robot).getItems().stream().filter(e -> e.localId() == waiting).findFirst()
                .orElseThrow();
        assertEquals("Created", MESSAGES.getString("history.state." + bo.state().name()));
        assertTrue(robot.lookup("Sending again now.").tryQuery().isPresent());
    }

    @Test
    void anUnconfirmedRowShowsTheCheckAndAsksBeforeSendingAgain(FxRobot robot) {
        Button sendAgain = robot.lookup("#sendAgainButton").queryAs(Button.class);
        Button markCreated = robot.lookup("#markCreatedButton").queryAs(Button.class);
        robot.clickOn("Bo Chen");
        assertTrue(sendAgain.isDisabled(), "a waiting submission needs no decision");
        assertTrue(markCreated.isDisabled());

        robot.clickOn("Cy Dune");
        assertFalse(sendAgain.isDisabled());
        assertFalse(markCreated.isDisabled());
        String checked = kit.store().get(unconfirmed).orElseThrow().errorMessage();
        assertTrue(robot.lookup(checked).tryQuery().isPresent(), "the check's message is shown: " + checked);
        assertTrue(robot.lookup(MESSAGES.getString("history.decide.hint")).tryQuery().isPresent());

        answer = false;
        Layouts.settle();
        robot.clickOn("#sendAgainButton");
        assertTrue(questions.getLast().contains("The ATS may already have it"), questions.getLast());
        assertEquals(SubmissionState.OUTCOME_UNKNOWN, kit.store().get(unconfirmed).orElseThrow().state(),
                "answered No: nothing changes");

        answer = true;
        Layouts.settle();
        robot.clickOn("#markCreatedButton");
        assertEquals(SubmissionState.CREATED, kit.store().get(unconfirmed).orElseThrow().state());
        TableColumn<HistoryEntry, ?> status = table(robot).getColumns().stream()
                .filter(c -> c.getText().equals(MESSAGES.getString("history.column.status"))).findFirst()
                .orElseThrow();
        assertEquals("Created (marked by you)", status.getCellData(1));
        assertTrue(robot.lookup("Marked as created by you.").tryQuery().isPresent());
    }

    @Test
    void decideForAllSaysHowManyAndSendsThemAgain(FxRobot robot) {
        MenuButton menu = robot.lookup("#decideAllMenu").queryAs(MenuButton.class);
        assertEquals("Decide for all unconfirmed (1)", menu.getText());

        robot.clickOn("#decideAllMenu").clickOn(MESSAGES.getString("history.action.decideAll.SEND_AGAIN"));
        robot.interact(() -> {
            kit.runOutbox();
            executor.runDelayed();
        });

        assertTrue(questions.getLast().startsWith("Send all 1 unconfirmed application again?"), questions.getLast());
        assertEquals(SubmissionState.CREATED, kit.store().get(unconfirmed).orElseThrow().state());
        assertEquals("Decide for all unconfirmed (0)", menu.getText());
        assertTrue(menu.isDisabled(), "nothing left to decide");
    }

    @Test
    void exportWritesTheFileChosen(FxRobot robot) throws Exception {
        robot.clickOn("#exportMenu").clickOn(MESSAGES.getString("history.action.exportCsv"));

        List<String> lines = Files.readAllLines(dir.resolve("export.csv"), StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).contains("Ana Li"));
        assertTrue(robot.lookup("3 submissions exported to " + dir.resolve("export.csv") + ".").tryQuery()
                .isPresent());
    }

    @Test
    void theJobColumnNamesTheJobByItsTitleAndByItsIdWhenNoTitleIsKnown(FxRobot robot) {
        TableView<HistoryEntry> table = table(robot);
        TableColumn<HistoryEntry, ?> job = table.getColumns().stream()
                .filter(c -> c.getText().equals(MESSAGES.getString("history.column.job"))).findFirst().orElseThrow();

        assertEquals(List.of("Bo Chen", "Cy Dune", "Ana Li"), candidates(robot));
        assertEquals("job-2", job.getCellData(0), "submitted without a title");
        assertEquals("Warehouse Lead", job.getCellData(2));
    }

    @Test
    void inANarrowWindowEveryActionShowsItsWholeLabelAndTheStatusColumnStaysInView(FxRobot robot) {
        Stage stage = (Stage) table(robot).getScene().getWindow();
        robot.interact(() -> stage.setWidth(900));

        List<Labeled> actions = robot.lookup("#actions").queryAs(Pane.class).getChildren().stream()
                .map(Labeled.class::cast).toList();
        assertEquals(13, actions.size());
        for (Labeled action : actions.stream().filter(Node::isVisible).toList()) {
            Text shown = (Text) action.lookup(".text");
            assertEquals(action.getText(), shown.getText(), "the label of " + action.getId() + " is not shortened");
        }
        TableView<HistoryEntry> table = table(robot);
        String status = MESSAGES.getString("history.column.status");
        Node statusHeader = robot.from(table).lookup(".column-header").queryAll().stream()
                .filter(header -> robot.from(header).lookup(".label").tryQuery()
                        .map(label -> ((Label) label).getText().equals(status)).orElse(false))
                .findFirst().orElseThrow();
        double right = table.sceneToLocal(statusHeader.localToScene(statusHeader.getLayoutBounds())).getMaxX();
        assertTrue(right <= table.getWidth(), "the Status column ends at " + right + " of " + table.getWidth());
    }
}
