package dev.intake.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.form.ScrollPanes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A form's scroll pane draws its page directly, not through a bitmap of the whole viewport. */
@ExtendWith(ApplicationExtension.class)
class ScrollPanesTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void aPageMadeUncachedBeforeItHasItsSkinIsDrawnWithoutTheViewportCache() throws Exception {
        ScrollPane page = page();
        ScrollPanes.withoutViewportCache(page);
        show(page);

        assertFalse(cached(page), "the page's viewport is not cached");
    }

    @Test
    void aPageAlreadySkinnedLosesTheViewportCacheAndNestedScrollPanesKeepTheirs() throws Exception {
        ScrollPane page = page();
        show(page);
        assertTrue(cached(page), "JavaFX caches a scroll pane's viewport");

        WaitForAsyncUtils.asyncFx(() -> ScrollPanes.withoutViewportCache(page)).get(5, TimeUnit.SECONDS);

        assertFalse(cached(page));
        ScrollPane nested = WaitForAsyncUtils.asyncFx(() -> (ScrollPane) page.lookup(".text-area .scroll-pane"))
                .get(5, TimeUnit.SECONDS);
        assertTrue(cached(nested), "a text area's own scroll pane is left as it is");
    }

    private static ScrollPane page() {
        TextArea notes = new TextArea("notes");
        return new ScrollPane(new VBox(notes));
    }

    private void show(ScrollPane page) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(page, 400, 300));
            stage.show();
            page.applyCss();
        }).get(5, TimeUnit.SECONDS);
    }

    /** Read on the UI thread: the scene is live. */
    private static boolean cached(ScrollPane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> viewport(pane).isCache()).get(5, TimeUnit.SECONDS);
    }

    private static Node viewport(ScrollPane pane) {
        List<Node> viewports = pane.getChildrenUnmodifiable().stream()
                .filter(child -> child.getStyleClass().contains("viewport")).toList();
        assertEquals(1, viewports.size(), "a skinned scroll pane has one viewport");
        return viewports.getFirst();
    }
}
