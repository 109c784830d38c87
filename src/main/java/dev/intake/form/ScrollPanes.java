package dev.intake.form;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scroll panes around forms. */
public final class ScrollPanes {
    private ScrollPanes() {
    }

    /**
     * Draws {@code pane}'s content directly instead of through a cached bitmap. JavaFX's skin caches the whole
     * viewport (a texture as large as the page: 3 MB at 1280×800 where the toolkit renders in software), which pays
     * off only for heavy content scrolled often; a form is drawn once, scrolls little, and its text stays sharp at
     * any scroll offset without it. Call before or after the skin exists.
     */
    public static void withoutViewportCache(ScrollPane pane) {
        uncache(pane);
        pane.skinProperty().addListener((skin, was, now) -> uncache(pane));
    }

    private static void uncache(ScrollPane pane) {
        // The skin's own child, not a nested scroll pane's (a text area's) further down.
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
