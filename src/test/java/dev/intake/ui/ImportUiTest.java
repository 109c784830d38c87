package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static dev.intake.ui.Fx.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Job;
import dev.intake.ats.Json;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.Fxml;
import dev.intake.common.Stylesheet;
import dev.intake.common.Theme;
import dev.intake.form.Messages;
import dev.intake.importing.FileMappingStore;
import dev.intake.importing.ImportOutcome;
import dev.intake.importing.ui.FakeSender;
import dev.intake.importing.ui.ImportController;
import dev.intake.importing.ui.ImportViewModel;
import dev.intake.importing.ui.ImportViewModelTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.controlsfx.control.SearchableComboBox;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The import dialog driven with a messy fair export, through each step, on the application's executor. */
@ExtendWith(ApplicationExtension.class)
class ImportUiTest {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @TempDir
    Path dir;
    private final FakeSender sender = new FakeSender();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private ImportViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Messages messages = Messages.load();
        model = new ImportViewModel(executor, new FileMappingStore(dir.resolve("mappings"), Json.mapper()),
                () -> ImportViewModelTest.JOBS, sender, Clock.systemUTC(), messages, Json.mapper());
        Parent root = Fxml.load("/fxml/ImportView.fxml", messages.bundle(), new ImportController(model, messages));
        stage.setScene(new Scene(root, 1000, 660));
        Stylesheet.apply(stage.getScene(), Theme.LIGHT);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void aMessyExportIsMappedCheckedFixedInPlaceDryRunSentAndReported(FxRobot robot) throws Exception {
        Path fixture = ImportViewModelTest.fixture();
        fxRun(() -> model.open(fixture));
        await(() -> model.columns().size() == 6);
        assertFalse(fx(() -> robot.lookup("#defaultJob").query().isVisible()), "the Stelle column holds the job");
        assertTrue(fx(() -> robot.lookup("#defaultSource").query().isVisible()));
        shot("15-import-mapping");

        robot.clickOn("#next");
        await(() -> model.stepProperty().get() == ImportViewModel.Step.ROWS);
        await(() -> badEmailCell(robot) != null);
        TableCell<?, ?> bad = fx(() -> badEmailCell(robot));
        assertTrue(fx(() -> bad.getPseudoClassStates().contains(INVALID)), "the wrong cell is marked");
        assertEquals("E-Mail: “bo@example” is not an email address. Write it as name@example.com.",
                fx(() -> bad.getTooltip().getText()));
        assertEquals("2 ready, 3 to fix, 1 repeated", text(robot, "#rowCounts"));
        shot("16-import-rows");
        fxRun(() -> Stylesheet.apply(stage.getScene(), Theme.DARK));
        shot("16-import-rows-dark");
        fxRun(() -> Stylesheet.apply(stage.getScene(), Theme.LIGHT));

        robot.doubleClickOn(bad);
        robot.write("bo@example.com");
        robot.type(KeyCode.ENTER);
        await(() -> model.grid().readyProperty().get() == 3);
        assertEquals("3 ready, 2 to fix, 1 repeated", text(robot, "#rowCounts"));
        assertEquals("Row 6 is ready now.", text(robot, "#gridMessage"));
        assertFalse(fx(() -> robot.lookup(".import-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(cell -> "bo@example.com".equals(cell.getText())
                        && cell.getPseudoClassStates().contains(INVALID))), "the fixed cell is no longer marked");

        robot.clickOn("#next");
        await(() -> model.stepProperty().get() == ImportViewModel.Step.DRY_RUN);
        assertEquals("3", text(robot, "#wouldSend"));
        assertEquals("Send 3", fx(() -> robot.lookup("#next").queryAs(Button.class).getText()).replace("_", ""));
        assertTrue(sender.handed.isEmpty(), "the dry run sends nothing");
        shot("17-import-dry-run");

        robot.clickOn("#next");
        await(() -> sender.handed.size() == 3);
        sender.answer(sender.handed.getFirst().localId(), ImportOutcome.CREATED, "app-1", null);
        await(() -> text(robot, "#sendCounts").startsWith("1 of 3 answered: 1 created"));
        shot("18-import-sending");

        sender.answer(sender.handed.get(1).localId(), ImportOutcome.OUTCOME_UNKNOWN, null,
                "The ATS did not answer in time; it is checked again before anything is resent.");
        sender.answer(sender.handed.get(2).localId(), ImportOutcome.CREATED, "app-3", null);
        await(() -> model.stepProperty().get() == ImportViewModel.Step.REPORT);
        assertEquals("3 of 3 answered: 2 created, 0 already there, 0 refused, 1 not confirmed",
                text(robot, "#reportCounts"));
        shot("19-import-report");
    }

    @Test
    void aFileWithoutAJobColumnGetsItsJobFromTheOpenJobsAndItsSourceTypedOnce(FxRobot robot) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("booth.csv"), """
                Name,Email
                Anna Berg,anna@example.com
                Bo Chen,bo@example.com
                """);
        fxRun(() -> model.open(file));
        await(() -> model.columns().size() == 2);
        assertTrue(fx(() -> robot.lookup("#defaultJob").query().isVisible()), "no column holds the job");
        @SuppressWarnings("unchecked")
        SearchableComboBox<Job> jobs = fx(() -> robot.lookup("#defaultJob").queryAs(SearchableComboBox.class));
        assertEquals(ImportViewModelTest.JOBS, fx(() -> List.copyOf(jobs.getItems())));
        fxRun(() -> jobs.getSelectionModel().select(ImportViewModelTest.JOBS.get(2)));
        robot.clickOn("#defaultSource").write("Career fair Berlin");
        assertEquals("Sales Manager (SAL-1)", fx(() -> jobs.getConverter().toString(jobs.getValue())));
        shot("15-import-mapping-defaults");
        fxRun(() -> Stylesheet.apply(stage.getScene(), Theme.DARK));
        shot("15-import-mapping-defaults-dark");
        fxRun(() -> Stylesheet.apply(stage.getScene(), Theme.LIGHT));

        robot.clickOn("#next");
        await(() -> model.stepProperty().get() == ImportViewModel.Step.ROWS);
        assertEquals("2 ready, 0 to fix, 0 repeated", text(robot, "#rowCounts"));
        robot.clickOn("#next");
        await(() -> model.stepProperty().get() == ImportViewModel.Step.DRY_RUN);
        robot.clickOn("#next");
        await(() -> sender.handed.size() == 2);
        for (FakeSender.Handed handed : sender.handed) {
            assertEquals("103", handed.row().request().jobId());
            assertEquals("Career fair Berlin", handed.row().request().source().name());
        }
    }

    @Test
    void aFileThatIsNotATableIsSaidInWordsOnTheDialog(FxRobot robot) throws Exception {
        Path folder = dir.resolve("leads");
        java.nio.file.Files.createDirectories(folder);
        fxRun(() -> model.open(folder));
        await(() -> !model.problemProperty().get().isEmpty());
        assertEquals("“leads” is a folder. Choose the CSV or Excel file inside it.", text(robot, "#problem"));
        assertTrue(fx(() -> robot.lookup("#next").queryAs(Button.class).isDisabled()));
    }

    private static TableCell<?, ?> badEmailCell(FxRobot robot) {
        return robot.lookup(".import-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> "bo@example".equals(cell.getText())).findFirst().orElse(null);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> {
            Node node = robot.lookup(query).query();
            return ((Labeled) node).getText();
        });
    }

    private void shot(String name) throws Exception {
        fx(() -> Screenshots.save(stage.getScene(), name));
    }
}
