package dev.intake.about;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Intake's icon, drawn in {@code icons/intake.svg}, at the sizes desktops pick from for windows and task bars. */
public final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /**
     * Gives {@code stage} the icon. The images are read and decoded on a background thread, so that showing the
     * window does not wait for them, and are set on the stage together once all have loaded.
     */
    public static void addTo(Stage stage) {
        Thread.ofPlatform().daemon().name("intake-icons").start(() -> {
            List<Image> images = SIZES.stream().map(size -> new Image(url(size))).toList();
            Platform.runLater(() -> stage.getIcons().addAll(images));
        });
    }

    static String url(int size) {
        return Objects.requireNonNull(AppIcons.class.getResource("/dev/intake/icons/intake-" + size + ".png"),
                "icon resource of size " + size).toExternalForm();
    }
}
