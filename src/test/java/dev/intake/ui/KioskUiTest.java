package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static dev.intake.ui.Fx.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.common.FxTaskExecutor;
import dev.intake.common.Theme;
import dev.intake.fair.capture.FairJobs;
import dev.intake.fair.capture.RecordingCaptureStore;
import dev.intake.fair.kiosk.KioskController;
import dev.intake.fair.kiosk.KioskMarker;
import dev.intake.fair.kiosk.KioskTimers;
import dev.intake.fair.kiosk.KioskViewModel;
import dev.intake.fair.kiosk.KioskWindow;
import dev.intake.form.Messages;
import dev.intake.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The kiosk in its window: visitors' path, the idle wipe and the PIN, on a clock the test moves. */
@ExtendWith(ApplicationExtension.class)
class KioskUiTest {
    @TempDir
    Path dir;
    private final RecordingCaptureStore store = new RecordingCaptureStore();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-14T09:30:00Z"));
    private final AtomicBoolean left = new AtomicBoolean();
    private KioskViewModel kiosk;
    private KioskMarker marker;
    private Stage stage;

    private void open() throws Exception {
        Messages messages = Messages.load();
        kiosk = new KioskViewModel(FairJobs.setup(true), store, executor, messages, clock, KioskTimers.STANDARD,
                pin -> Arrays.equals(pin, "2468".toCharArray()));
        KioskController controller = new KioskController(kiosk, messages,
                (owner, title, multiple) -> List.of(dir.resolve("Ada Lovelace CV.pdf")), false);
        marker = new KioskMarker(dir);
        stage = fx(() -> KioskWindow.open(new Stage(), kiosk, controller, messages, marker, Theme.LIGHT, false,
                () -> left.set(true)).stage());
        await(() -> "firstName".equals(focusedId()));
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null && stage.isShowing()) {
            fxRun(() -> {
                stage.setOnCloseRequest(null);
                stage.close();
            });
        }
        executor.close();
    }

    private String focusedId() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private Node node(String id) {
        return stage.getScene().lookup("#" + id);
    }

    private void seconds(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofSeconds(1));
            fxRun(kiosk::tick);
        }
    }

    private void typeVisitor(FxRobot robot) {
        robot.write("Ada").type(KeyCode.TAB).write("Lovelace").type(KeyCode.TAB).write("ada@example.com");
    }

    @Test
    void aVisitorEntersThemselvesIsThankedAndThePageStartsOver(FxRobot robot) throws Exception {
        open();
        assertTrue(Files.exists(dir.resolve(KioskMarker.FILE_NAME)), "a crash now brings the kiosk back");
        typeVisitor(robot);
        robot.clickOn("#chooseCv");
        robot.clickOn("#consent");
        fx(() -> Screenshots.save(stage.getScene(), "fair-kiosk"));
        robot.clickOn("#submit");
        await(() -> store.saved.size() == 1);
        assertEquals(dir.resolve("Ada Lovelace CV.pdf"), store.saved.getFirst().document());
        assertTrue(fx(() -> node("thanksPage").isVisible()));
        seconds(5);
        assertTrue(fx(() -> node("formPage").isVisible()));
        assertEquals("", fx(() -> ((TextField) node("firstName")).getText()));
    }

    @Test
    void aVisitorFindsTheirJobByTypingPartOfItsTitle(FxRobot robot) throws Exception {
        open();
        typeVisitor(robot);
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        await(() -> "job".equals(focusedId()));
        // Keys as a keyboard sends them (pressed, typed, released): the first opens the list with its search field.
        robot.type(KeyCode.N, KeyCode.U, KeyCode.R, KeyCode.S, KeyCode.E).type(KeyCode.ENTER);
        await(() -> kiosk.job().get() == FairJobs.NURSE);
    }

    @Test
    void leftAloneTheInputCountsDownAndIsWiped(FxRobot robot) throws Exception {
        open();
        typeVisitor(robot);
        seconds(63);
        assertTrue(fx(() -> node("countdownBox").isVisible()));
        fx(() -> Screenshots.save(stage.getScene(), "fair-kiosk-countdown"));
        seconds(7);
        assertFalse(fx(() -> node("countdownBox").isVisible()));
        assertEquals("", fx(() -> ((TextField) node("email")).getText()));
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void closingTheWindowAsksForThePinAndFiveWrongOnesLockIt(FxRobot robot) throws Exception {
        open();
        fxRun(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(fx(() -> stage.isShowing()));
        assertTrue(fx(() -> node("pinBox").isVisible()));
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> node("pinBox").isVisible()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Q).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> "pin".equals(focusedId()));
        for (int i = 0; i < 5; i++) {
            robot.write("1111").type(KeyCode.ENTER);
        }
        assertTrue(fx(() -> kiosk.pinLockedProperty().get()));
        fx(() -> Screenshots.save(stage.getScene(), "fair-kiosk-pin"));
        robot.write("2468").type(KeyCode.ENTER);
        assertFalse(left.get(), "locked: even the right PIN waits");
        seconds(30);
        robot.write("2468").type(KeyCode.ENTER);
        await(left::get);
        assertFalse(fx(() -> stage.isShowing()));
        assertTrue(marker.pending().isEmpty(), "left with the PIN: the next start is a normal one");
    }
}
