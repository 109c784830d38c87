package dev.intake.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.app.IntakeApp;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.FilePicker;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @Test
    void mainWindowShowsTheWizardAsFirstTabWithEmptyPlacesForProfileAndStatus(FxRobot robot) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage shown = new Stage();
            new TestServices().app().start(shown);
            return shown;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Intake", stage.getTitle());
        TabPane tabs = robot.from(stage.getScene().getRoot()).lookup("#mainTabs").queryAs(TabPane.class);
        assertEquals(1, tabs.getTabs().size(), "history is not shown before it exists");
        assertEquals("New application", tabs.getTabs().getFirst().getText());
        assertTrue(robot.from(tabs).lookup(".step-indicator").tryQuery().isPresent());
        assertTrue(robot.from(stage.getScene().getRoot()).lookup("#profileArea").queryAs(HBox.class)
                .getChildren().isEmpty());
        StatusBar status = robot.from(stage.getScene().getRoot()).lookup("#statusBar").queryAs(StatusBar.class);
        assertTrue(status.getLeftItems().isEmpty() && status.getRightItems().isEmpty() && status.getText().isEmpty());
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    @Test
    void withoutServicesTheWindowSaysSoInsteadOfAWizard(FxRobot robot) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage shown = new Stage();
            new IntakeApp(args -> Optional.empty(), FilePicker.system(), new ImmediateTaskExecutor()).start(shown);
            return shown;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.from(stage.getScene().getRoot()).lookup(".step-indicator").tryQuery().isPresent());
        assertTrue(robot.from(stage.getScene().getRoot()).lookup(".no-services .label").queryAll().stream()
                .anyMatch(node -> ((Label) node).getText().equals("No ATS connection in this build")));
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }
}
