package dev.intake.form;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Pane;

/**
 * Parts of a page that are built and bound with it but join the scene only when first shown. A part out of the scene
 * gets no skins and no styling, which are most of what a page costs to appear: on the candidate page, the hidden
 * existing-candidate search (a list view) and the collapsed "More details" (a text area) took a quarter of its styling.
 * Once shown, a part stays in the scene, and behaves as if it had always been there. The same holds for the list
 * that drops down from a combo box.
 */
public final class HiddenParts {
    private HiddenParts() {
    }

    /**
     * Takes {@code part} out of its parent while it is not visible, and puts it back at the same place the first time
     * it becomes visible. Call once the page is built, with the part's visibility as the page starts.
     */
    public static void joinWhenVisible(Node part) {
        if (part.isVisible() || !(part.getParent() instanceof Pane home)) {
            return;
        }
        List<Node> siblings = home.getChildren();
        int index = siblings.indexOf(part);
        // Back before the sibling that followed it, wherever that is by then.
        Node before = index + 1 < siblings.size() ? siblings.get(index + 1) : null;
        siblings.remove(part);
        onceTrue(part.visibleProperty(), () -> {
            int at = before == null ? -1 : siblings.indexOf(before);
            siblings.add(at < 0 ? siblings.size() : at, part);
        });
    }

    /**
     * Takes a collapsed {@code pane}'s content out of the scene until the pane is first expanded. The content stays
     * reachable through {@link #content(TitledPane)}.
     */
    public static void contentWhenExpanded(TitledPane pane) {
        Node content = pane.getContent();
        if (pane.isExpanded() || content == null) {
            return;
        }
        pane.getProperties().put(HiddenParts.class, content);
        pane.setContent(null);
        onceTrue(pane.expandedProperty(), () -> {
            pane.getProperties().remove(HiddenParts.class);
            pane.setContent(content);
        });
    }

    /**
     * Gives {@code box} a skin whose drop-down list joins a scene only when the box first opens. JavaFX's own skin
     * also puts that list, with its skin and scroll bars, into the page, out of sight; on the candidate page, with
     * three boxes, that was about a third of the page's styling. The list still opens at the same size and place: it
     * is styled as its drop-down window is shown. Call before the box is first styled.
     */
    public static <T> void listWhenOpened(ComboBox<T> box) {
        box.setSkin(new ListOnOpenSkin<>(box));
    }

    private static final class ListOnOpenSkin<T> extends ComboBoxListViewSkin<T> {
        ListOnOpenSkin(ComboBox<T> box) {
            super(box);
            getChildren().remove(getPopupContent());
        }
    }

    /** Runs {@code action} the first time {@code flag} turns true, then stops listening. */
    private static void onceTrue(ObservableValue<Boolean> flag, Runnable action) {
        flag.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean now) {
                if (now) {
                    flag.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** {@code pane}'s content, whether or not it has joined the scene yet. */
    public static Node content(TitledPane pane) {
        Object waiting = pane.getProperties().get(HiddenParts.class);
        return waiting instanceof Node node ? node : pane.getContent();
    }

    /** Whether {@code node} is {@code ancestor} or lies inside it. */
    public static boolean within(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
