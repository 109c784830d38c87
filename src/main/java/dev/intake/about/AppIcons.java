package dev.intake.about;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Intake's icon, drawn in {@code icons/intake.svg}, at the sizes desktops pick from for windows and task bars. */
public final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /**
     * Gives {@code stage}, which must have its scene, the icon. The images are read and decoded in the toolkit's own
     * background image loading, started once the window has laid out its next frame, so that they neither delay
     * nor compete with it; they are set on the stage together once all have loaded (an image that fails to load is
     * left out). Call on the JavaFX thread; the main window calls it once it is ready for work.
     */
    public static void addTo(Stage stage) {
        Scene scene = Objects.requireNonNull(stage.getScene(), "set the stage's scene first");
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                load(stage);
            }
        });
    }

    private static void load(Stage stage) {
        List<Image> images = SIZES.stream().map(size -> new Image(url(size), true)).toList();
        // Progress is reported on the JavaFX thread, where this listener checks whether all have finished.
        Runnable addWhenAllLoaded = () -> {
            if (images.stream().allMatch(image -> image.getProgress() >= 1 || image.isError())) {
                List<Image> loaded = images.stream().filter(image -> !image.isError()).toList();
                if (stage.getIcons().stream().noneMatch(loaded::contains)) {
                    stage.getIcons().addAll(loaded);
                }
            }
        };
        ChangeListener<Object> listener = (property, was, now) -> addWhenAllLoaded.run();
        for (Image image : images) {
            image.progressProperty().addListener(listener);
            image.errorProperty().addListener(listener);
        }
        // Some may have finished already (cached, or quick).
        addWhenAllLoaded.run();
    }

    static String url(int size) {
        return Objects.requireNonNull(AppIcons.class.getResource("/dev/intake/icons/intake-" + size + ".png"),
                "icon resource of size " + size).toExternalForm();
    }
}
