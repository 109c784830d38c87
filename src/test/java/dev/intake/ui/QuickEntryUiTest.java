package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static dev.intake.ui.Fx.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.common.BackgroundTask;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.TaskExecutor;
import dev.intake.common.Fxml;
import dev.intake.common.Stylesheet;
import dev.intake.common.Theme;
import dev.intake.fair.capture.Capture;
import dev.intake.fair.capture.FairJobs;
import dev.intake.fair.quick.QuickEntryController;
import dev.intake.fair.quick.QuickEntryViewModel;
import dev.intake.fair.capture.RecordingCaptureStore;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.form.Messages;
import dev.intake.store.DraftStore;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Quick entry's keyboard contract, each rule driven through the window with real keys. */
@ExtendWith(ApplicationExtension.class)
class QuickEntryUiTest {
    private final RecordingCaptureStore store = new RecordingCaptureStore();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final InMemoryDraftStore drafts = new InMemoryDraftStore();
    /** What the screen runs its work on: the executor, unless a test changes how it waits. */
    private TaskExecutor viewExecutor = executor;
    private QuickEntryViewModel viewModel;
    private Stage stage;

    private void open(boolean consentRequired) throws Exception {
        Messages messages = Messages.load();
        viewModel = new QuickEntryViewModel(FairJobs.setup(consentRequired), store, drafts, viewExecutor, messages,
                Clock.systemUTC());
        QuickEntryController controller = new QuickEntryController(viewModel, messages);
        stage = fx(() -> {
            Stage shown = new Stage();
            Scene scene = new Scene(Fxml.load("/fxml/QuickEntry.fxml", messages.bundle(), controller), 820, 700);
            Stylesheet.apply(scene, Theme.LIGHT);
            shown.setScene(scene);
            shown.show();
            viewModel.start();
            return shown;
        });
        await(() -> focused().equals("firstName"));
    }

    @AfterEach
    void close() throws Exception {
        store.open();
        if (stage != null) {
            fxRun(stage::close);
        }
        executor.close();
    }

    private String focused() throws Exception {
        return fx(() -> {
            Node owner = stage.getScene().getFocusOwner();
            return owner == null || owner.getId() == null ? String.valueOf(owner) : owner.getId();
        });
    }

    private <T extends Node> T node(String id) {
        @SuppressWarnings("unchecked")
        T found = (T) stage.getScene().lookup("#" + id);
        return found;
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    @Test
    void focusStartsInFirstNameAndTabWalksTheFieldsInTheirOrder(FxRobot robot) throws Exception {
        open(false);
        List<String> order = List.of("lastName", "email", "phone", "job", "rating", "note", "consent");
        for (String next : order) {
            robot.type(KeyCode.TAB);
            assertEquals(next, focused());
        }
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("note", focused());
    }

    @Test
    void aWholeVisitorTypedAt25msPerKeyThroughTheSaveKeepsEveryCharacter(FxRobot robot) throws Exception {
        open(false);
        robot.write("Ada", 25).type(KeyCode.TAB).write("Lovelace", 25).type(KeyCode.TAB)
                .write("ada@example.com", 25).type(KeyCode.TAB).write("+44 7700 900123", 25).type(KeyCode.TAB)
                .write("back", 25).type(KeyCode.TAB).type(KeyCode.DIGIT3).type(KeyCode.TAB)
                .write("Knows Rust", 25);
        store.hold();
        ctrlEnter(robot);
        assertEquals("firstName", focused(), "ready for the next visitor while the first is still written");
        robot.write("Grace", 25).type(KeyCode.TAB).write("Hopper", 25).type(KeyCode.TAB)
                .write("grace@example.com", 25);
        store.open();
        robot.type(KeyCode.TAB).write("0151 2345678", 25).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.DIGIT4)
                .type(KeyCode.TAB).write("Ships COBOL", 25);
        await(() -> store.saved.size() == 1);
        ctrlEnter(robot);
        await(() -> store.saved.size() == 2);

        Capture ada = store.saved.get(0);
        Capture grace = store.saved.get(1);
        assertEquals(List.of("Ada", "Lovelace", "ada@example.com", "+44 7700 900123", "Knows Rust"),
                List.of(ada.firstName(), ada.lastName(), ada.email(), ada.phone(), ada.note()));
        assertEquals(3, ada.rating());
        assertEquals(FairJobs.BACKEND, ada.job());
        assertEquals(List.of("Grace", "Hopper", "grace@example.com", "0151 2345678", "Ships COBOL"),
                List.of(grace.firstName(), grace.lastName(), grace.email(), grace.phone(), grace.note()));
        assertEquals(4, grace.rating());
        assertEquals(FairJobs.BACKEND, grace.job(), "the job stayed for the next visitor");
        await(() -> ((Label) node("counts")).getText().startsWith("2 captured"));
    }

    @Test
    void tabInJobTakesTheTopMatchAndTypingThereReplacesTheKeptJob(FxRobot robot) throws Exception {
        open(false);
        fxRun(() -> node("job").requestFocus());
        robot.write("nurse").type(KeyCode.TAB);
        assertEquals(FairJobs.NURSE, fx(() -> viewModel.job().get()));
        assertEquals("rating", focused());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("Night Nurse (NU-7)", fx(() -> ((TextField) node("job")).getSelectedText()));
        robot.write("ux").type(KeyCode.ENTER);
        assertEquals(FairJobs.DESIGNER, fx(() -> viewModel.job().get()));
        assertEquals("Product Designer (UX-3)", fx(() -> ((TextField) node("job")).getText()));
        assertEquals("rating", focused(), "Enter takes the match and moves on");
    }

    @Test
    void aJobTextWithoutMatchKeepsFocusAndSaysSo(FxRobot robot) throws Exception {
        open(false);
        fxRun(() -> node("job").requestFocus());
        robot.write("astronaut").type(KeyCode.TAB);
        assertEquals("job", focused());
        assertEquals("No job of this event matches \u201castronaut\u201d. Type part of a title or a code from the "
                + "event\u2019s list.", fx(() -> ((Label) node("jobError")).getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("nurse").type(KeyCode.TAB);
        assertEquals("rating", focused());
        assertFalse(fx(() -> ((Label) node("jobError")).isVisible()));
    }

    @Test
    void ratingTakesOneToFourAndZeroClears(FxRobot robot) throws Exception {
        open(false);
        fxRun(() -> node("rating").requestFocus());
        robot.type(KeyCode.DIGIT2);
        assertEquals(2, fx(() -> viewModel.rating().get()));
        robot.type(KeyCode.NUMPAD4);
        assertEquals(4, fx(() -> viewModel.rating().get()));
        robot.type(KeyCode.DIGIT0);
        assertEquals(0, fx(() -> viewModel.rating().get()));
    }

    @Test
    void tabLeavesTheNoteAndCtrlTabTypesATab(FxRobot robot) throws Exception {
        open(false);
        fxRun(() -> node("note").requestFocus());
        robot.write("line one").press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL).write("x");
        robot.type(KeyCode.ENTER).write("line two");
        assertEquals("note", focused());
        robot.type(KeyCode.TAB);
        assertEquals("consent", focused());
        assertEquals("line one\tx\nline two", fx(() -> ((TextArea) node("note")).getText()));
    }

    @Test
    void spaceTicksConsentAndWithoutItARequiredConsentIsRefusedAtTheCheckbox(FxRobot robot) throws Exception {
        open(true);
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace").type(KeyCode.TAB).write("ada@example.com")
                .type(KeyCode.TAB).type(KeyCode.TAB).write("back").type(KeyCode.TAB);
        ctrlEnter(robot);
        assertEquals("consent", focused());
        assertTrue(fx(() -> ((Label) node("consentError")).getText().startsWith("Consent is required")));
        assertTrue(store.saved.isEmpty());
        robot.type(KeyCode.SPACE);
        ctrlEnter(robot);
        await(() -> store.saved.size() == 1);
        assertTrue(store.saved.getFirst().consent());
        assertEquals("firstName", focused());
    }

    @Test
    void ctrlEnterSavesFromTheNoteWithoutAddingALine(FxRobot robot) throws Exception {
        open(false);
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace").type(KeyCode.TAB).write("ada@example.com")
                .type(KeyCode.TAB).type(KeyCode.TAB).write("des").type(KeyCode.TAB).type(KeyCode.TAB)
                .write("Portfolio link on badge");
        ctrlEnter(robot);
        await(() -> store.saved.size() == 1);
        assertEquals("Portfolio link on badge", store.saved.getFirst().note());
        assertEquals(FairJobs.DESIGNER, store.saved.getFirst().job());
    }

    @Test
    void missingFieldsAreNamedAndFocusGoesToTheFirst(FxRobot robot) throws Exception {
        open(false);
        robot.write("Ada").type(KeyCode.TAB).type(KeyCode.TAB).write("ada@");
        ctrlEnter(robot);
        assertEquals("lastName", focused());
        assertTrue(fx(() -> ((Label) node("lastNameError")).getText().startsWith("Last name is required")));
        assertTrue(fx(() -> ((Label) node("emailError")).getText().contains("not an email address")));
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void escClearsAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        open(false);
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace");
        robot.type(KeyCode.ESCAPE);
        assertEquals("", fx(() -> ((TextField) node("firstName")).getText()));
        assertTrue(fx(() -> node("undo").isVisible()));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("Ada", fx(() -> ((TextField) node("firstName")).getText()));
        assertEquals("Lovelace", fx(() -> ((TextField) node("lastName")).getText()));
        assertFalse(fx(() -> node("undo").isVisible()));
    }

    @Test
    void theSameEmailAgainAsksAndCtrlEnterAgainSavesItAsTheSamePerson(FxRobot robot) throws Exception {
        open(false);
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace").type(KeyCode.TAB).write("ada@example.com")
                .type(KeyCode.TAB).type(KeyCode.TAB).write("back").type(KeyCode.TAB);
        ctrlEnter(robot);
        await(() -> store.saved.size() == 1);
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace").type(KeyCode.TAB).write("ada@example.com");
        ctrlEnter(robot);
        assertTrue(fx(() -> node("samePersonBox").isVisible()));
        ctrlEnter(robot);
        await(() -> store.saved.size() == 2);
        assertEquals(store.saved.get(0).id(), store.saved.get(1).samePersonAs());
        assertFalse(fx(() -> node("samePersonBox").isVisible()));
    }

    @Test
    void aBadgeScannedIntoFirstNameFillsTheVisitorAndMovesToJob(FxRobot robot) throws Exception {
        open(false);
        robot.write("MECARD:N:Hopper,Grace;TEL:+1 202 555 0143;EMAIL:grace@navy.example;;", 5);
        await(() -> focused().equals("job"));
        assertEquals("Grace", fx(() -> ((TextField) node("firstName")).getText()));
        assertEquals("Hopper", fx(() -> ((TextField) node("lastName")).getText()));
        assertEquals("grace@navy.example", fx(() -> ((TextField) node("email")).getText()));
    }

    /** Closing the window writes what was typed in its last moments, without the draft's usual short wait. */
    @Test
    void closingTheWindowKeepsWhatWasJustTyped(FxRobot robot) throws Exception {
        viewExecutor = new TaskExecutor() {
            @Override
            public <T> BackgroundTask<T> wrap(Callable<T> work) {
                return executor.wrap(work);
            }

            @Override
            public void runOnUi(Runnable action) {
                executor.runOnUi(action);
            }

            @Override
            public Cancellable runOnUiAfter(Duration delay, Runnable action) {
                return () -> { }; // the wait never ends: only a write that does not wait can keep the typing
            }
        };
        open(false);
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace");

        fxRun(stage::hide);

        await(() -> drafts.find(DraftStore.quickEntryId(FairJobs.setup(false).eventId()))
                .map(draft -> draft.json().contains("Lovelace")).orElse(false));
    }
}
