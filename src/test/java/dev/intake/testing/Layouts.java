package dev.intake.testing;

import dev.intake.common.Frames;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lets the toolkit lay out what the last action changed before the robot aims at a control. The robot reads a
 * control's place on screen when it moves; a message that appears or a note that hides moves the controls below it
 * only in the next pulse, which on a busy machine can come after the robot has read the old place and clicked beside
 * the control.
 */
public final class Layouts {
    private static final int TIMEOUT_SECONDS = 20;

    private Layouts() {
    }

    /** Waits until every showing window has been laid out in a pulse that started after this call. */
    public static void settle() {
        CompletableFuture<Void> laidOut = new CompletableFuture<>();
        Platform.runLater(() -> {
            List<Scene> scenes = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                    .filter(Objects::nonNull).toList();
            if (scenes.isEmpty()) {
                laidOut.complete(null);
                return;
            }
            CompletableFuture<?>[] each = scenes.stream().map(Layouts::nextLayout).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(each).thenRun(() -> laidOut.complete(null));
        });
        try {
            laidOut.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the windows were not laid out within " + TIMEOUT_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static CompletableFuture<Void> nextLayout(Scene scene) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Frames.afterNext(scene, () -> done.complete(null));
        return done;
    }
}
