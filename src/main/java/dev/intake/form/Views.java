package dev.intake.form;

import dev.intake.common.Fxml;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.scene.Node;

/** Loads a wizard page from {@code /fxml/NAME.fxml} with a controller that was built with its view-model. */
public final class Views {
    private Views() {
    }

    /** The page's {@code fx:controller} must be the class of {@code controller}. */
    @SuppressWarnings("unchecked")
    public static <N extends Node> N load(String name, Object controller, Messages messages) {
        try {
            return (N) Fxml.load("/fxml/" + name + ".fxml", messages.bundle(), controller);
        } catch (IOException e) {
            // The pages ship inside the application: failing to load one is a build defect, not a user error.
            throw new UncheckedIOException("Cannot load " + name + ".fxml", e);
        }
    }
}
