package dev.intake.wizard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;

/** Loads an FXML view with a controller that was built with its view-model. */
public final class Views {
    private Views() {
    }

    /** Loads {@code /fxml/NAME.fxml}; its {@code fx:controller} must be the class of {@code controller}. */
    public static <N extends Node> N load(String name, Object controller, Messages messages) {
        FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(Views.class.getResource("/fxml/" + name + ".fxml"),
                name), messages.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(name + ".fxml wants " + type.getName() + ", got "
                        + controller.getClass().getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name + ".fxml", e);
        }
    }
}
