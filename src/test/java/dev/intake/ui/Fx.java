package dev.intake.ui;

import dev.intake.testing.Layouts;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread and waits for conditions there, with a timeout (never a sleep). */
final class Fx {
    private static final int TIMEOUT_SECONDS = 20;

    private Fx() {
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static void fxRun(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts the application in a new window, as the launcher would, and returns the window. */
    static Stage show(Application app) throws Exception {
        return fx(() -> {
            Stage stage = new Stage();
            app.start(stage);
            return stage;
        });
    }

    /**
     * Whether a node matching {@code query} is in {@code window} and visible. Not there counts as not shown: some parts
     * of a page join the scene only when they are first shown.
     */
    static boolean shown(FxRobot robot, Stage window, String query) {
        return robot.from(window.getScene().getRoot()).lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds, and the windows are laid out since. */
    static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        Layouts.settle();
    }
}
