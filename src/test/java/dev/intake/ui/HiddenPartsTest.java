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
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Hidden parts of a page cost nothing until shown, then sit where the page put them and take the focus. */
@ExtendWith(ApplicationExtension.class)
class HiddenPartsTest {
    private Stage stage;
    private Stage lowWindow;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void closeLowWindow() throws Exception {
        if (lowWindow != null) {
            fx(() -> {
                lowWindow.close();
                return null;
            });
        }
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

    @Test
    void aComboBoxsListJoinsWhenItFirstOpensAtTheSizeItWouldHaveHadUpFront(FxRobot robot) throws Exception {
        ComboBox<String> deferred = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                "Mobile", "Home", "Work", "Fax", "Pager", "Skype", "Other", "Assistant", "Car", "Main"));
        ComboBox<String> standard = new ComboBox<>(deferred.getItems());
        for (ComboBox<String> box : List.of(deferred, standard)) {
            box.setPrefWidth(150);
        }
        fx(() -> {
            HiddenParts.listWhenOpened(deferred);
            // A window of its own near the bottom of the screen, where the lists must open above their boxes to fit.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            lowWindow = new Stage();
            lowWindow.setScene(new Scene(new HBox(12, deferred, standard), 400, 40));
            lowWindow.setX(screen.getMinX() + 100);
            lowWindow.setY(screen.getMaxY() - 60);
            lowWindow.show();
            return null;
        });
        ListView<?> list = fx(() -> (ListView<?>) ((ComboBoxListViewSkin<?>) deferred.getSkin()).getPopupContent());
        ListView<?> standardList = fx(() ->
                (ListView<?>) ((ComboBoxListViewSkin<?>) standard.getSkin()).getPopupContent());

        assertNull(fx(list::getSkin), "the closed box's list gets no skin");
        assertNotNull(fx(standardList::getSkin), "JavaFX's own skin styles it up front");

        // The size as the drop-down first appears, in the turn that opens it, not once a later pulse has fixed it.
        List<Double> opened = fx(() -> {
            deferred.show();
            return List.of(list.getWidth(), list.getHeight(), list.getScene().getWindow().getY());
        });
        List<Double> standardOpened = fx(() -> {
            standard.show();
            return List.of(standardList.getWidth(), standardList.getHeight(),
                    standardList.getScene().getWindow().getY());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(fx(deferred::isShowing));
        assertNotNull(fx(list::getSkin));
        assertTrue(standardOpened.get(1) > 50, "the standard list opens with its rows, got " + standardOpened);
        assertEquals(standardOpened, opened, "opens as wide and tall as the standard list, and at the same place");
        assertTrue(opened.get(2) < fx(() -> deferred.localToScreen(0, 0).getY()), "above the box: " + opened);
        assertEquals(List.copyOf(deferred.getItems()), fx(() -> list.lookupAll(".list-cell").stream()
                .map(cell -> ((ListCell<?>) cell).getText()).filter(text -> text != null).toList()));

        fx(() -> {
            standard.hide();
            deferred.requestFocus();
            return null;
        });
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        assertEquals("Home", fx(deferred::getValue), "picked with the keyboard as in any list");
        assertFalse(fx(deferred::isShowing));
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
