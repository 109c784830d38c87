package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.store.Submission;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Fair menu in the installed application: a new event opens quick entry, whose visitor reaches the outbox. */
@ExtendWith(ApplicationExtension.class)
class FairAppUiTest {
    @TempDir
    Path dir;
    private RunningApp running;

    @AfterEach
    void close() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void newEventOpensQuickEntryAndAVisitorIsKeptInTheOutbox(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        MenuBar bar = running.node(robot, ".menu-bar");
        MenuItem newEvent = fx(() -> bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "newEventItem".equals(item.getId())).findFirst().orElseThrow());
        assertTrue(fx(() -> !newEvent.isDisable()), "the Fair menu is wired once the workspace is up");
        // The dialog waits for its answer: opened on a later turn so this thread can type into it.
        fx(() -> {
            Platform.runLater(newEvent::fire);
            return null;
        });
        await(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("Berlin Tech Fair").type(KeyCode.ENTER);
        TabPane tabs = running.node(robot, ".tab-pane");
        await(() -> tabs.getSelectionModel().getSelectedItem().getText().equals("Quick entry — Berlin Tech Fair"));
        await(() -> running.stage.getScene().getFocusOwner() != null
                && "firstName".equals(running.stage.getScene().getFocusOwner().getId()));
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace").type(KeyCode.TAB).write("ada@example.com")
                .type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        String eventId = fx(() -> running.workspace().events().byName("Berlin Tech Fair").orElseThrow().id());
        await(() -> !running.workspace().outbox().byOrigin("event:" + eventId).isEmpty());
        List<Submission> captured = running.workspace().outbox().byOrigin("event:" + eventId);
        assertEquals("ada@example.com", captured.getFirst().request().candidate().email());
        assertTrue(fx(() -> tabs.getTabs().stream().map(Tab::getText).toList())
                .contains("Quick entry — Berlin Tech Fair"));
    }
}
