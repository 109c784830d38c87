package dev.intake.about;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Intake's icon, drawn in {@code icons/intake.svg}, at the sizes desktops pick from for windows and task bars. */
public final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /**
     * Gives {@code stage}, which must have its scene, the icon. The images are read and decoded on a background
     * thread started once the window has laid out its first frame, so that they neither delay nor compete with
     * it; they are set on the stage together once all have loaded. Call on the JavaFX thread.
     */
    public static void addTo(Stage stage) {
        Scene scene = Objects.requireNonNull(stage.getScene(), "set the stage's scene first");
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Thread.ofPlatform().daemon().name("intake-icons").start(() -> {
                    List<Image> images = SIZES.stream().map(size -> new Image(url(size))).toList();
                    Platform.runLater(() -> stage.getIcons().addAll(images));
                });
            }
        });
    }

    static String url(int size) {
        return Objects.requireNonNull(AppIcons.class.getResource("/dev/intake/icons/intake-" + size + ".png"),
                "icon resource of size " + size).toExternalForm();
    }
}
