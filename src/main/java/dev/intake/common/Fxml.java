package dev.intake.common;

import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Loads a view with a controller built by the caller (constructor injection), and opens views as windows. */
public final class Fxml {
    private Fxml() {
    }

    /** Loads {@code resource} (e.g. "/fxml/ProfilesDialog.fxml"); its fx:controller must be {@code controller}'s class. */
    public static Parent load(String resource, ResourceBundle messages, Object controller) throws IOException {
        URL url = Objects.requireNonNull(Fxml.class.getResource(resource), resource);
        FXMLLoader loader = new FXMLLoader(url, messages);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(resource + " wants " + type.getName() + ", got "
                        + controller.getClass().getName());
            }
            return controller;
        });
        return loader.load();
    }

    /** A window owned by {@code owner} that blocks it while open (owner may be null in tests). */
    public static Stage modalWindow(Window owner, Parent root, String title) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        stage.setScene(new Scene(root));
        return stage;
    }
}
