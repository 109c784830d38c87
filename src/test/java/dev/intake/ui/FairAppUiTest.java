package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.store.Submission;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
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
        // Above the form: what capture works from, fetched when the event opened.
        // Looked up on the UI thread: the scene is still changing while quick entry settles in.
        await(() -> fx(() -> running.stage.getScene().getRoot().lookupAll(".event-pack-bar .label").stream()
                .map(node -> ((Labeled) node).getText())
                .anyMatch(text -> text != null && text.matches("Event pack: \\d+ jobs, packed just now\\..*"))));
    }

    @Test
    void aVisitorTypedWhenTheTabClosesIsKeptAndBackWhenTheEventOpensAgain(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        MenuBar bar = running.node(robot, ".menu-bar");
        fx(() -> {
            Platform.runLater(item(bar, "newEventItem")::fire);
            return null;
        });
        await(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("Berlin Tech Fair").type(KeyCode.ENTER);
        TabPane tabs = running.node(robot, ".tab-pane");
        String title = "Quick entry — Berlin Tech Fair";
        await(() -> tabs.getSelectionModel().getSelectedItem().getText().equals(title));
        await(() -> running.stage.getScene().getFocusOwner() != null
                && "firstName".equals(running.stage.getScene().getFocusOwner().getId()));
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace");

        robot.clickOn(fx(() -> robot.lookup(".tab").queryAll().stream()
                .filter(tab -> tab.lookup(".tab-label") instanceof Labeled label && title.equals(label.getText()))
                .map(tab -> tab.lookup(".tab-close-button")).findFirst().orElseThrow()));

        await(() -> fx(() -> tabs.getTabs().stream().noneMatch(tab -> title.equals(tab.getText()))));
        await(() -> robot.lookup(".notice .label").queryAll().stream().anyMatch(node -> ((Labeled) node).getText()
                .equals("Quick entry for Berlin Tech Fair is closed; the visitor being typed is kept and comes back "
                        + "when you open it again.")));
        fx(() -> {
            Platform.runLater(item(bar, "openEventItem")::fire);
            return null;
        });
        await(() -> robot.lookup(".dialog-pane .combo-box").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        await(() -> tabs.getSelectionModel().getSelectedItem().getText().equals(title));
        TextField firstName = (TextField) fx(() -> tabs.getSelectionModel().getSelectedItem().getContent()
                .lookup("#firstName"));
        TextField lastName = (TextField) fx(() -> tabs.getSelectionModel().getSelectedItem().getContent()
                .lookup("#lastName"));
        await(() -> fx(() -> "Ada".equals(firstName.getText()) && "Lovelace".equals(lastName.getText())));
        assertTrue(robot.lookup(".quick-entry .label").queryAll().stream().anyMatch(node -> ((Labeled) node)
                .getText() != null && ((Labeled) node).getText().startsWith("Restored what was being typed")));
    }

    private static MenuItem item(MenuBar bar, String id) throws Exception {
        return fx(() -> bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow());
    }
}
