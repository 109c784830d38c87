package dev.intake.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keys typed while the window starts reach the form once it is there, as if typed into it. */
@ExtendWith(ApplicationExtension.class)
class TypeAheadTest {
    private static final int TIMEOUT_SECONDS = 20;

    private final AtomicInteger quitRequests = new AtomicInteger();
    private final AtomicInteger nextRequests = new AtomicInteger();
    private final AtomicInteger deliveries = new AtomicInteger();
    private Scene scene;
    private BorderPane window;
    /** A control outside the form, before it in the focus order (the profile switcher of the real window). */
    private TextField search;
    private VBox form;
    private Label placeholder;
    private TypeAhead typeAhead;
    private TextField firstName;
    private TextField lastName;

    @Start
    void start(Stage stage) {
        placeholder = new Label("Starting…");
        // Captured before the placeholder is in a scene, as a window under construction would do.
        typeAhead = TypeAhead.capture(placeholder);
        search = new TextField();
        window = new BorderPane(placeholder);
        window.setTop(search);
        scene = new Scene(window, 400, 200);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                quitRequests::incrementAndGet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN),
                nextRequests::incrementAndGet);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
    }

    @Test
    void aNameTypedWithTabBeforeTheFormExistsFillsBothFields(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace");
        assertTrue(onFx(typeAhead::hasInput));
        assertSame(placeholder, onFx(scene::getFocusOwner), "Tab was kept, not used to leave the placeholder");

        showFormAndReplay(true);

        assertEquals("Ada", onFx(firstName::getText));
        assertEquals("Lovelace", onFx(lastName::getText));
        assertTrue(onFx(lastName::isFocused), "the replayed Tab moved the focus as a typed one does");
        assertFalse(onFx(typeAhead::hasInput));
    }

    @Test
    void shortcutsStillWorkWhileCapturingAndAreNotReplayed(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Ada");
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        assertEquals(1, quitRequests.get(), "Ctrl+Q ran while the window was starting");
        assertEquals(1, nextRequests.get(), "Alt+N ran while the window was starting");

        showFormAndReplay(true);

        assertEquals("Ada", onFx(firstName::getText));
        assertEquals(1, quitRequests.get(), "Ctrl+Q did not run a second time on replay");
        assertEquals(1, nextRequests.get(), "Alt+N did not run a second time on replay");
    }

    @Test
    void accentedAndNonLatinLettersSurvive(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Zoë Ñúñez").type(KeyCode.TAB).write("Łódź 東京");

        showFormAndReplay(true);

        assertEquals("Zoë Ñúñez", onFx(firstName::getText));
        assertEquals("Łódź 東京", onFx(lastName::getText));
    }

    @Test
    void afterReplayKeysGoStraightToTheFormAndNothingIsReplayedTwice(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Ada");
        showFormAndReplay(true);
        robot.interact(() -> typeAhead.replayInto(form, deliveries::incrementAndGet));
        assertEquals("Ada", onFx(firstName::getText));

        robot.write(" B").type(KeyCode.TAB).write("Byron");
        robot.interact(() -> typeAhead.replayInto(form, deliveries::incrementAndGet));

        assertEquals("Ada B", onFx(firstName::getText));
        assertEquals("Byron", onFx(lastName::getText));
        assertFalse(onFx(typeAhead::hasInput));
    }

    @Test
    void replayingNothingChangesNothingAndReleasesTheKeyboard(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        showFormAndReplay(true);
        assertFalse(onFx(typeAhead::hasInput));
        assertEquals("", onFx(firstName::getText));
        assertEquals(0, deliveries.get(), "nothing typed ahead, nothing to save");

        robot.write("Ada");
        assertEquals("Ada", onFx(firstName::getText));
    }

    @Test
    void withNoFocusOwnerTheKeysWaitUntilAFieldTakesTheFocus(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Ada");

        showFormAndReplay(false);
        assertFalse(onFx(() -> firstName.isFocused() || lastName.isFocused()),
                "a disabled form leaves nothing to type into");
        assertTrue(onFx(typeAhead::hasInput), "kept, not dropped");
        robot.write(" K").type(KeyCode.TAB).write("Lovelace");
        assertTrue(onFx(typeAhead::hasInput), "typed meanwhile, queued behind the earlier keys");

        robot.interact(() -> {
            firstName.setDisable(false);
            lastName.setDisable(false);
            firstName.requestFocus();
        });

        assertEquals("Ada K", onFx(firstName::getText));
        assertEquals("Lovelace", onFx(lastName::getText));
        assertFalse(onFx(typeAhead::hasInput));
        assertEquals("", onFx(search::getText), "nothing went to the control outside the form meanwhile");
        robot.write("!");
        assertEquals("Lovelace!", onFx(lastName::getText), "once delivered, typing reaches the form directly");
    }

    /**
     * The race of a busy start: the placeholder leaves the scene, the next pulse gives the focus to the first control
     * that can take it (outside the form), keys go on arriving, and only then does the form's first field ask for
     * the focus. Driven here turn by turn.
     */
    @Test
    void keysWaitForTheFormWhileTheSceneFocusesAControlOutsideIt(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Ada").type(KeyCode.TAB).write("Love");

        robot.interact(() -> {
            typeAhead.handOver(scene);
            showForm(true);
        });
        // What the pulse's focus clean-up does once the focus owner has left the scene.
        robot.interact(search::requestFocus);
        robot.write("lace");
        robot.interact(() -> typeAhead.replayInto(form, deliveries::incrementAndGet));
        assertEquals("", onFx(search::getText), "nothing typed ahead went into the control outside the form");
        assertTrue(onFx(typeAhead::hasInput), "kept until the form takes the focus");
        assertEquals(0, deliveries.get());

        robot.interact(firstName::requestFocus);

        assertEquals("Ada", onFx(firstName::getText));
        assertEquals("Lovelace", onFx(lastName::getText));
        assertEquals("", onFx(search::getText));
        assertEquals(1, deliveries.get(), "told once that everything kept is in the form");
        robot.write("!");
        assertEquals("Lovelace!", onFx(lastName::getText), "once delivered, typing reaches the form directly");
    }

    @Test
    void aPlaceholderReplacedButStillOwningTheFocusKeepsWhatIsTyped(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.interact(() -> {
            typeAhead.handOver(scene);
            showForm(true);
        });
        // Until the next pulse the scene may still name the replaced placeholder as its focus owner.
        Event.fireEvent(placeholder, new KeyEvent(KeyEvent.KEY_TYPED, "A", "", KeyCode.UNDEFINED, false, false,
                false, false));
        robot.interact(() -> {
            firstName.requestFocus();
            typeAhead.replayInto(form, deliveries::incrementAndGet);
        });

        assertEquals("A", onFx(firstName::getText));
    }

    @Test
    void withNoFormTheKeptKeysAreDroppedAndTheKeyboardIsLeftAlone(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Ada");
        robot.interact(() -> {
            typeAhead.handOver(scene);
            window.setCenter(new Label("Intake could not open your data"));
            typeAhead.discard();
            search.requestFocus();
        });
        assertFalse(onFx(typeAhead::hasInput));

        robot.write("Byron");
        assertEquals("Byron", onFx(search::getText), "typing after that reaches the window as usual");
        assertEquals(0, deliveries.get());
    }

    @Test
    void aFormReplacedBeforeItTookTheFocusLeavesTheKeyboardAlone(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Ada");
        robot.interact(() -> {
            typeAhead.handOver(scene);
            showForm(true);
            search.requestFocus();
            typeAhead.replayInto(form, deliveries::incrementAndGet);
        });
        assertTrue(onFx(typeAhead::hasInput));

        robot.interact(() -> window.setCenter(new Label("Switching profile…")));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(onFx(typeAhead::hasInput));
        robot.write("Byron");
        assertEquals("Byron", onFx(search::getText), "the keyboard is not kept waiting for a form that is gone");
    }

    @Test
    void theFirstKeyGoesIntoTheFormAndTheRestFollowTheFocusAsTypedKeysWould(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        // Tab from the last field leaves the form: what follows goes where the focus went, as it would live.
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace").type(KeyCode.TAB).write("x");
        showFormAndReplay(true);

        assertEquals("Ada", onFx(firstName::getText));
        assertEquals("Lovelace", onFx(lastName::getText));
        assertEquals("x", onFx(search::getText));
        assertFalse(onFx(typeAhead::hasInput));
        assertEquals(1, deliveries.get());
    }

    /** Swaps the placeholder for a two-field form, focuses its first field if enabled, and replays, in one turn. */
    private void showFormAndReplay(boolean enabled) throws Exception {
        onFx(() -> {
            typeAhead.handOver(scene);
            showForm(enabled);
            firstName.requestFocus();
            typeAhead.replayInto(form, deliveries::incrementAndGet);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The placeholder replaced by a two-field form in a scroll pane, as the wizard's first page is. */
    private void showForm(boolean enabled) {
        firstName = new TextField();
        lastName = new TextField();
        firstName.setDisable(!enabled);
        lastName.setDisable(!enabled);
        form = new VBox(new ScrollPane(new VBox(firstName, lastName)));
        window.setCenter(form);
        form.applyCss();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
