package dev.intake.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.form.HiddenParts;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Hidden parts of a page cost nothing until shown, then sit where the page put them and take the focus. */
@ExtendWith(ApplicationExtension.class)
class HiddenPartsTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void aHiddenPartGetsNoSkinUntilShownThenReturnsToItsPlace() throws Exception {
        Label heading = new Label("Candidate");
        ListView<String> results = new ListView<>();
        VBox search = new VBox(new TextField(), results);
        search.setVisible(false);
        Label footer = new Label("Phones");
        VBox page = new VBox(heading, search, footer);
        fx(() -> {
            HiddenParts.joinWhenVisible(search);
            show(page);
            return null;
        });

        assertNull(fx(results::getSkin), "a hidden list gets no skin");
        assertEquals(List.of(heading, footer), fx(() -> List.copyOf(page.getChildren())));

        fx(() -> {
            search.setVisible(true);
            page.applyCss();
            return null;
        });

        assertEquals(List.of(heading, search, footer), fx(() -> List.copyOf(page.getChildren())),
                "back between the nodes it was built between");
        assertNotNull(fx(results::getSkin));
        fx(() -> {
            search.setVisible(false);
            return null;
        });
        assertTrue(fx(() -> page.getChildren().contains(search)), "once shown, it stays in the page when hidden");
    }

    @Test
    void aPartVisibleFromTheStartStaysInThePage() throws Exception {
        VBox search = new VBox(new TextField());
        VBox page = new VBox(new Label("Candidate"), search);

        fx(() -> {
            HiddenParts.joinWhenVisible(search);
            return null;
        });

        assertSame(page, search.getParent());
    }

    @Test
    void aCollapsedPanesContentJoinsWhenExpandedAndCanTakeTheFocusAtOnce() throws Exception {
        TextArea passthrough = new TextArea();
        VBox content = new VBox(passthrough);
        TitledPane more = new TitledPane("More details", content);
        more.setExpanded(false);
        more.setAnimated(false);
        fx(() -> {
            HiddenParts.contentWhenExpanded(more);
            show(new VBox(new TextField(), more));
            return null;
        });

        assertNull(fx(passthrough::getSkin), "collapsed content gets no skin");
        assertSame(content, fx(() -> HiddenParts.content(more)), "still reachable, to find a field in it");
        assertTrue(HiddenParts.within(passthrough, content));
        assertFalse(HiddenParts.within(content, passthrough));

        fx(() -> {
            more.setExpanded(true);
            passthrough.requestFocus();
            return null;
        });

        assertSame(content, fx(more::getContent));
        assertTrue(fx(passthrough::isFocused), "a field in it takes the focus in the turn that expands it");
    }

    private void show(Node root) {
        stage.setScene(new Scene(new VBox(root), 400, 300));
        stage.show();
        root.applyCss();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }
}
