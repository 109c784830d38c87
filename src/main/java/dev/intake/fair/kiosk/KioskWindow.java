package dev.intake.fair.kiosk;

import dev.intake.common.Fxml;
import dev.intake.common.Stylesheet;
import dev.intake.common.Theme;
import dev.intake.form.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The kiosk's own window: full screen, no menus, and it cannot be closed or left with Esc; only the event's PIN
 * closes it. While it is open the crash marker says so, so a crash or kill brings Intake back into the kiosk.
 */
public final class KioskWindow {
    private final Stage stage;
    private final KioskController controller;

    private KioskWindow(Stage stage, KioskController controller) {
        this.stage = stage;
        this.controller = controller;
    }

    /**
     * Opens the kiosk on {@code stage}, writes the marker, and calls {@code onExit} once the right PIN was given
     * (after the marker is removed and the window closed).
     */
    public static KioskWindow open(Stage stage, KioskViewModel viewModel, KioskController controller,
            Messages messages, KioskMarker marker, Theme theme, boolean fullScreen, Runnable onExit) {
        Objects.requireNonNull(onExit);
        Scene scene;
        try {
            scene = new Scene(Fxml.load("/fxml/Kiosk.fxml", messages.bundle(), controller), 1024, 768);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stylesheet.apply(scene, theme);
        stage.setScene(scene);
        stage.setTitle(messages.get("fair.kiosk.welcome", viewModel.setup().eventName()));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(fullScreen);
        stage.setOnCloseRequest(event -> {
            if (!viewModel.exitGrantedProperty().get()) {
                event.consume();
                viewModel.requestExit();
            }
        });
        marker.write(viewModel.setup().eventId());
        viewModel.exitGrantedProperty().addListener((obs, was, granted) -> {
            if (granted) {
                marker.clear();
                controller.stop();
                stage.close();
                onExit.run();
            }
        });
        stage.show();
        return new KioskWindow(stage, controller);
    }

    public Stage stage() {
        return stage;
    }

    public KioskController controller() {
        return controller;
    }
}
