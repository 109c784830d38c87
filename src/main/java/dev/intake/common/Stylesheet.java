package dev.intake.common;

import java.util.Objects;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The one stylesheet of Intake with its light and dark variants. Colours are named (e.g. {@code -color-bg-default})
 * and the dark variant is the {@code :dark} pseudo-class on the scene's root; the {@link Theme} setting picks it,
 * SYSTEM following the OS as it changes.
 */
public final class Stylesheet {
    public static final String STYLESHEET = "/dev/intake/intake.css";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private Stylesheet() {
    }

    /** Adds the stylesheet and shows the chosen variant; with SYSTEM it follows the OS as it changes. */
    public static void apply(Scene scene, Theme theme) {
        Objects.requireNonNull(scene);
        String css = Objects.requireNonNull(Stylesheet.class.getResource(STYLESHEET)).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        Parent root = scene.getRoot();
        Object previous = root.getProperties().remove(Stylesheet.class);
        if (previous instanceof ChangeListener<?> listener) {
            @SuppressWarnings("unchecked")
            ChangeListener<ColorScheme> old = (ChangeListener<ColorScheme>) listener;
            Platform.getPreferences().colorSchemeProperty().removeListener(old);
        }
        if (theme == Theme.SYSTEM) {
            ChangeListener<ColorScheme> follow = (obs, was, now) ->
                    root.pseudoClassStateChanged(DARK, now == ColorScheme.DARK);
            Platform.getPreferences().colorSchemeProperty().addListener(follow);
            root.getProperties().put(Stylesheet.class, follow);
            root.pseudoClassStateChanged(DARK, Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
        } else {
            root.pseudoClassStateChanged(DARK, theme == Theme.DARK);
        }
    }

    public static boolean isDark(Scene scene) {
        return scene.getRoot().getPseudoClassStates().contains(DARK);
    }
}
