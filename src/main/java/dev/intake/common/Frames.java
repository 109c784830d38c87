package dev.intake.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for the window's frames: the UI thread's own work comes after what the user is to see. */
public final class Frames {
    private Frames() {
    }

    /**
     * Runs {@code action} on the UI thread once the window's first frame is on screen. With the software renderer
     * (no usable GPU: many virtual machines and remote desktops) the renderer hands a frame's pixels to the window
     * through a task on the UI thread, queued behind whatever that thread was given meanwhile; the next pulse waits
     * for that drawing, so work queued after it comes after those pixels. Without this the window showed its first
     * frame only once the menus and the form were built, a quarter of a second later.
     */
    public static void afterFirstOnScreen(Scene scene, Runnable action) {
        afterNext(scene, () -> afterNext(scene, action));
    }

    /** Runs {@code action} on the UI thread once the next frame is laid out and handed to the renderer. */
    public static void afterNext(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action);
            }
        });
        Platform.requestNextPulse();
    }
}
