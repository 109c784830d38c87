package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Job;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.Fxml;
import dev.intake.common.Stylesheet;
import dev.intake.common.Theme;
import dev.intake.fair.capture.FairJobs;
import dev.intake.fair.editor.EventEditorController;
import dev.intake.fair.editor.EventEditorViewModel;
import dev.intake.fair.editor.InMemoryEvents;
import dev.intake.form.Messages;
import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;
import dev.intake.store.KioskPin;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Fair → New event… and Edit event… in the installed application, driven with the keyboard. */
@ExtendWith(ApplicationExtension.class)
class EventEditorUiTest {
    private static final String QUICK_ENTRY = "Quick entry \u2014 Berlin Tech Fair";

    @TempDir
    Path dir;
    private RunningApp running;

    private Stage alone;
    private FxTaskExecutor executor;

    @AfterEach
    void close() throws Exception {
        if (running != null) {
            running.close();
        }
        if (alone != null) {
            Stage shown = alone;
            fx(() -> {
                shown.close();
                return null;
            });
            executor.close();
        }
    }

    private MenuItem item(FxRobot robot, String id) throws Exception {
        MenuBar bar = running.node(robot, ".menu-bar");
        return fx(() -> bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow());
    }

    /** Fires a menu item on a later turn of the UI thread, as a click on it would, and waits for the dialog. */
    private Stage choose(FxRobot robot, String id, String title) throws Exception {
        MenuItem item = item(robot, id);
        fx(() -> {
            Platform.runLater(item::fire);
            return null;
        });
        await(() -> dialog(title).isPresent());
        Stage dialog = dialog(title).orElseThrow();
        // Keys go to the focused window: the editor takes the focus from the main window, in its name field.
        await(() -> dialog.isFocused() && focusedId(dialog).equals("nameField"));
        robot.targetWindow(dialog);
        return dialog;
    }

    private static Optional<Stage> dialog(String title) throws Exception {
        return fx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle())).map(w -> (Stage) w).findFirst());
    }

    private static String focusedId(Stage stage) throws Exception {
        return fx(() -> {
            Node owner = stage.getScene().getFocusOwner();
            return owner == null ? "" : String.valueOf(owner.getId());
        });
    }

    private static <T extends Node> T node(Stage stage, String id) throws Exception {
        @SuppressWarnings("unchecked")
        T found = fx(() -> (T) stage.getScene().lookup("#" + id));
        return found;
    }

    private FairEvent stored() throws Exception {
        return fx(() -> running.workspace().events().byName("Berlin Tech Fair")).orElseThrow();
    }

    private Tab quickEntryTab(FxRobot robot) throws Exception {
        TabPane tabs = running.node(robot, ".tab-pane");
        return fx(() -> tabs.getTabs().stream().filter(tab -> tab.getText().equals(QUICK_ENTRY)).findFirst()
                .orElseThrow());
    }

    /** Makes the event with the keyboard alone and waits for quick entry on it. */
    private void newEvent(FxRobot robot) throws Exception {
        Stage editor = choose(robot, "newEventItem", "New event");
        assertTrue(fx(() -> editor.getOwner() == running.stage), "the editor belongs to the main window");
        assertEquals(LocalDate.now().toString(), fx(() -> this.<TextField>nodeText(editor, "firstDayPicker")));
        robot.write("Berlin Tech Fair");
        // Tab walks down the left column: days, source, status, retention, PINs; then the jobs, then consent.
        String[] order = {"firstDayPicker", "lastDayPicker", "sourceField", "statusChoice", "retentionSpinner",
                "pinField", "repeatPinField"};
        for (String next : order) {
            robot.type(KeyCode.TAB);
            await(() -> focusedId(editor).contains(next) || isInside(editor, next));
        }
        robot.clickOn("#pinField").write("2468").type(KeyCode.TAB).write("2468");
        robot.clickOn("#consentArea").write("I agree that Acme keeps my details for 6 months.").type(KeyCode.TAB);
        await(() -> focusedId(editor).equals("consentSwitch"));
        robot.type(KeyCode.SPACE);
        robot.clickOn("#repeatPinField").type(KeyCode.ENTER);
        TabPane tabs = running.node(robot, ".tab-pane");
        await(() -> tabs.getSelectionModel().getSelectedItem().getText().equals(QUICK_ENTRY));
        assertFalse(fx(editor::isShowing), "saving closes the editor");
    }

    private String nodeText(Stage stage, String id) {
        javafx.scene.control.DatePicker picker = (javafx.scene.control.DatePicker) stage.getScene().lookup("#" + id);
        return picker.getEditor().getText();
    }

    /** Whether the focus owner is {@code id} or a part of it (a date picker's or spinner's text field). */
    private static boolean isInside(Stage stage, String id) throws Exception {
        return fx(() -> {
            Node at = stage.getScene().getFocusOwner();
            while (at != null) {
                if (id.equals(at.getId())) {
                    return true;
                }
                at = at.getParent();
            }
            return false;
        });
    }

    @Test
    void aNewEventIsFilledWithTheKeyboardSavedWithEnterAndOpensInQuickEntry(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        assertTrue(fx(() -> item(robot, "editEventItem").isDisable()), "nothing to edit before an event is open");

        newEvent(robot);

        FairEvent event = stored();
        assertEquals(LocalDate.now(), event.firstDay());
        assertEquals(LocalDate.now(), event.lastDay());
        assertEquals("Berlin Tech Fair", event.sourceName());
        assertTrue(event.consentRequired());
        assertEquals("I agree that Acme keeps my details for 6 months.", event.consentText());
        assertTrue(KioskPin.matches("2468".toCharArray(), event.kioskPinHash()), "the PIN is kept as its hash");
        assertEquals(FairEvent.DEFAULT_RETENTION, event.retention());
        assertFalse(fx(() -> item(robot, "editEventItem").isDisable()));
    }

    @Test
    void editEventChangesTheConsentAndAnEmptyQuickEntryShowsIt(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        newEvent(robot);
        Tab tab = quickEntryTab(robot);
        Node before = fx(tab::getContent);

        Stage editor = choose(robot, "editEventItem", "Edit event \u2014 Berlin Tech Fair");
        assertEquals("A PIN is set. Leave both fields empty to keep it.",
                fx(() -> ((Label) node(editor, "pinHint")).getText()));
        robot.clickOn("#consentArea").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("I agree to be contacted about jobs.");
        String tomorrow = LocalDate.now().plusDays(1).toString();
        robot.clickOn("#lastDayPicker .text-field").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(tomorrow).type(KeyCode.ENTER);

        await(() -> stored().consentText().equals("I agree to be contacted about jobs."));
        assertEquals(tomorrow, stored().lastDay().toString(), "Enter in a date field saves the typed date");
        await(() -> !editor.isShowing());
        assertTrue(KioskPin.matches("2468".toCharArray(), stored().kioskPinHash()), "a blank PIN keeps the PIN");
        Node after = fx(tab::getContent);
        assertNotSame(before, after, "quick entry without a visitor is rebuilt on the edited event");
        assertEquals("I agree to be contacted about jobs.", fx(() -> ((Label) after.lookup("#consentText")).getText()));
    }

    @Test
    void aVisitorBeingTypedKeepsItsTabAndEscCancelsAnEdit(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        newEvent(robot);
        Tab tab = quickEntryTab(robot);
        Node before = fx(tab::getContent);
        await(() -> "firstName".equals(String.valueOf(running.stage.getScene().getFocusOwner().getId())));
        robot.write("Ada");

        Stage cancelled = choose(robot, "editEventItem", "Edit event \u2014 Berlin Tech Fair");
        robot.write(" 2026").type(KeyCode.ESCAPE);
        await(() -> !cancelled.isShowing());
        assertEquals("Berlin Tech Fair", stored().name(), "Esc discards");

        Stage editor = choose(robot, "editEventItem", "Edit event \u2014 Berlin Tech Fair");
        robot.clickOn("#consentArea").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Changed.");
        robot.clickOn("#nameField").type(KeyCode.ENTER);
        await(() -> !editor.isShowing());

        assertEquals("Changed.", stored().consentText());
        assertSame(before, fx(tab::getContent), "the tab with a visitor typed is kept");
        assertEquals("Ada", fx(() -> ((TextField) before.lookup("#firstName")).getText()));
        await(() -> running.stage.getScene().getRoot().lookupAll(".notice").stream()
                .anyMatch(n -> n.lookup(".label") instanceof Label l && l.getText().startsWith("Changes to")));
    }

    @Test
    void ticksMadeWithTheKeyboardStayWhileTheFilterHidesThem(FxRobot robot) throws Exception {
        InMemoryEvents store = new InMemoryEvents();
        FairEvent event = store.save(new FairEvent(null, "Berlin Tech Fair", LocalDate.of(2026, 5, 14), null, null,
                List.of("job-2"), null, null, false, null, null, "profile-1"));
        store.save(new EventPack(event.id(), Instant.parse("2026-05-13T08:00:00Z"), FairJobs.ALL, List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of()));
        executor = new FxTaskExecutor();
        Messages messages = Messages.load();
        EventEditorViewModel vm = new EventEditorViewModel(event, store, store, executor, messages,
                new KioskPin(new SecureRandom()));
        alone = fx(() -> {
            Stage shown = new Stage();
            Scene scene = new Scene(Fxml.load(EventEditorController.FXML, messages.bundle(),
                    new EventEditorController(vm, messages)));
            Stylesheet.apply(scene, Theme.LIGHT);
            shown.setScene(scene);
            shown.show();
            vm.start();
            return shown;
        });
        CheckListView<Job> list = node(alone, "jobList");
        await(() -> list.getItems().size() == 3);
        assertEquals(List.of(FairJobs.DESIGNER), fx(() -> List.copyOf(list.getCheckModel().getCheckedItems())));

        robot.clickOn("#jobFilter").write("nurse");
        await(() -> list.getItems().equals(List.of(FairJobs.NURSE)));
        robot.type(KeyCode.TAB);
        await(() -> focusedId(alone).equals("jobList"));
        robot.type(KeyCode.SPACE);
        await(() -> vm.shortlist().isTicked(FairJobs.NURSE));

        robot.clickOn("#jobFilter").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        await(() -> list.getItems().size() == 3);
        assertEquals(List.of(FairJobs.NURSE, FairJobs.DESIGNER),
                fx(() -> list.getItems().stream().filter(list.getCheckModel()::isChecked).toList()),
                "the tick made while filtering and the one hidden by the filter are both shown");
        assertEquals(List.of("job-3", "job-2"), fx(() -> vm.shortlist().ticked().get()));

        robot.clickOn("#retentionSpinner .text-field").press(KeyCode.CONTROL).type(KeyCode.A)
                .release(KeyCode.CONTROL).write("45").type(KeyCode.ENTER);
        await(() -> vm.savedProperty().get() != null);
        assertEquals(List.of("job-3", "job-2"), store.events.get(event.id()).shortlistJobIds());
        assertEquals(Period.ofDays(45), store.events.get(event.id()).retention());
    }
}
