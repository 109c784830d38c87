package dev.intake.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
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
    private Scene scene;
    private Label placeholder;
    private TypeAhead typeAhead;
    private TextField firstName;
    private TextField lastName;

    @Start
    void start(Stage stage) {
        placeholder = new Label("Starting…");
        // Captured before the placeholder is in a scene, as a window under construction would do.
        typeAhead = TypeAhead.capture(placeholder);
        scene = new Scene(new StackPane(placeholder), 400, 200);
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
        robot.interact(() -> typeAhead.replayInto(scene));
        assertEquals("Ada", onFx(firstName::getText));

        robot.write(" B").type(KeyCode.TAB).write("Byron");
        robot.interact(() -> typeAhead.replayInto(scene));

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

        robot.write("Ada");
        assertEquals("Ada", onFx(firstName::getText));
    }

    @Test
    void withNoFocusOwnerTheKeysWaitUntilAFieldTakesTheFocus(FxRobot robot) throws Exception {
        await(placeholder::isFocused);
        robot.write("Ada");

        showFormAndReplay(false);
        assertNull(onFx(scene::getFocusOwner), "a disabled form leaves nothing to type into");
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
        robot.write("!");
        assertEquals("Lovelace!", onFx(lastName::getText), "once delivered, typing reaches the form directly");
    }

    /** Swaps the placeholder for a two-field form, focuses its first field if enabled, and replays, in one turn. */
    private void showFormAndReplay(boolean enabled) throws Exception {
        onFx(() -> {
            firstName = new TextField();
            lastName = new TextField();
            firstName.setDisable(!enabled);
            lastName.setDisable(!enabled);
            scene.setRoot(new VBox(firstName, lastName));
            firstName.requestFocus();
            typeAhead.replayInto(scene);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
