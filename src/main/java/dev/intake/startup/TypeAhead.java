package dev.intake.startup;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * Keeps the keys typed into a placeholder while the window is still starting, and replays them into the real form
 * once it is shown, so that someone who starts typing at once loses nothing.
 *
 * <p>Keys pressed with Ctrl, Alt, Meta or the platform shortcut key, and the modifier keys themselves, are left
 * alone, so menu accelerators and mnemonics keep working while the form is built; everything else (text, Tab, Enter,
 * Escape, function keys) is consumed and kept in order. Characters typed with Alt (or Ctrl and Alt, as AltGr arrives
 * on Windows) are kept: the form decides, as it would for live typing, whether they are text. The kept events are
 * never logged: what people type can be personal data.
 *
 * <p>The hand-over has two steps: {@link #handOver} when the placeholder leaves the scene (from then on keys are kept
 * at the scene, so none typed meanwhile reaches a control the scene happens to focus), and {@link #replayInto} once
 * the form has asked for the focus. Replay sends each event to whatever owns the focus at that moment, through the
 * scene's own dispatch chain, so a replayed Tab moves the focus by the scene's normal traversal exactly as a typed
 * one would, and the characters after it land in the next field. Until the focus is inside the form (no focus owner,
 * still the placeholder, or a control elsewhere in the window), the keys wait, together with anything typed
 * meanwhile.
 *
 * <p>All methods must be called on the JavaFX thread.
 */
public final class TypeAhead {
    private final Node placeholder;
    private final Deque<KeyEvent> kept = new ArrayDeque<>();
    private final EventHandler<KeyEvent> keep = this::keep;
    private final ChangeListener<Node> focusMoved = this::focusMoved;
    private final ChangeListener<Scene> formMoved = this::formMoved;
    private Scene target;
    private Node form;
    private Runnable afterDelivery = () -> { };
    private boolean replaying;
    private boolean started;
    private boolean finished;

    private TypeAhead(Node placeholder) {
        this.placeholder = placeholder;
    }

    /**
     * Starts keeping the keys typed into {@code placeholder}, which is made focus-traversable and given the focus
     * (now if it is in a scene, otherwise as soon as it is put into one).
     */
    public static TypeAhead capture(Node placeholder) {
        requireFxThread();
        TypeAhead typeAhead = new TypeAhead(placeholder);
        placeholder.setFocusTraversable(true);
        placeholder.addEventFilter(KeyEvent.ANY, typeAhead.keep);
        if (placeholder.getScene() != null) {
            placeholder.requestFocus();
        } else {
            placeholder.sceneProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Scene> property, Scene before, Scene after) {
                    property.removeListener(this);
                    placeholder.requestFocus();
                }
            });
        }
        return typeAhead;
    }

    /**
     * The placeholder is about to leave the scene: from now on the keys are kept at {@code scene}, whatever has the
     * focus there. Call it in the same turn of the JavaFX thread as the placeholder is replaced, so that no key typed
     * during the hand-over reaches a control that the scene gives the focus to meanwhile (when the focus owner leaves
     * the scene, the next pulse moves the focus to the first control that can take it, such as a button in the top
     * bar). Only the first call counts.
     */
    public void handOver(Scene scene) {
        requireFxThread();
        if (target != null) {
            return;
        }
        target = scene;
        // The placeholder keeps its own filter: until the next pulse it may still own the focus, out of the scene.
        scene.addEventFilter(KeyEvent.ANY, keep);
    }

    /**
     * Replays what was kept, in order, each event to the focus owner of the scene at that moment, once that owner is
     * inside {@code form}; while the focus is anywhere else (nowhere, still the placeholder, or a control outside the
     * form) the keys wait, together with anything typed meanwhile. Call it once the form has asked for the focus of
     * its first field. {@code delivered} runs once everything kept has reached the form, when something was. Only
     * the first call counts; later calls do nothing.
     */
    public void replayInto(Node form, Runnable delivered) {
        requireFxThread();
        Scene scene = form.getScene();
        if (scene == null) {
            throw new IllegalStateException("the form to replay into must be shown");
        }
        if (this.form != null || finished) {
            return;
        }
        handOver(scene);
        this.form = form;
        this.afterDelivery = delivered;
        scene.focusOwnerProperty().addListener(focusMoved);
        form.sceneProperty().addListener(formMoved);
        deliver();
    }

    /**
     * No form will take the keys (the window shows why it cannot work): what was kept is dropped and the keyboard
     * is left alone from now on.
     */
    public void discard() {
        requireFxThread();
        kept.clear();
        finish();
    }

    /** Whether typed keys are kept that the form has not received yet. */
    public boolean hasInput() {
        requireFxThread();
        return !kept.isEmpty();
    }

    private void keep(KeyEvent event) {
        // Replayed events pass the scene's filter on their way to the form: they must not be kept again.
        if (replaying || isCommand(event)) {
            return;
        }
        kept.addLast(event.copyFor(event.getSource(), event.getTarget()));
        event.consume();
    }

    private void focusMoved(ObservableValue<? extends Node> property, Node before, Node after) {
        // Not while the change is being announced: listeners after this one (a text field selecting its text on
        // focus, for one) would then act on a focus that the replayed keys have already moved on from.
        Platform.runLater(this::deliver);
    }

    private void formMoved(ObservableValue<? extends Scene> property, Scene before, Scene after) {
        // Replaced before it ever had the focus (the profile changed at once): nothing will take the keys.
        if (after != target && !finished) {
            discard();
        }
    }

    private void deliver() {
        if (replaying || finished) {
            return;
        }
        replaying = true;
        try {
            while (!kept.isEmpty()) {
                Node owner = target.getFocusOwner();
                // The first key goes into the form; once there, the keys follow the focus as typed ones would.
                if (started ? !inScene(owner) : !inForm(owner)) {
                    return;
                }
                started = true;
                // A control handles keys through its skin, which a form shown in this turn gets only from CSS.
                owner.applyCss();
                Event.fireEvent(owner, kept.removeFirst().copyFor(owner, owner));
            }
        } finally {
            replaying = false;
        }
        finish();
        if (started) {
            afterDelivery.run();
        }
    }

    /** Whether {@code node} is a node of the scene: the placeholder, once replaced, is not. */
    private boolean inScene(Node node) {
        return node != null && node != placeholder && node.getScene() == target;
    }

    /** Whether {@code node} is (inside) the form, and in the scene. */
    private boolean inForm(Node node) {
        if (!inScene(node)) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == form) {
                return true;
            }
        }
        return false;
    }

    private void finish() {
        finished = true;
        placeholder.removeEventFilter(KeyEvent.ANY, keep);
        if (target == null) {
            return;
        }
        target.removeEventFilter(KeyEvent.ANY, keep);
        if (form != null) {
            Node shown = form;
            Scene scene = target;
            // Removed later: removing a listener while a nested focus change is being announced breaks JavaFX.
            Platform.runLater(() -> {
                scene.focusOwnerProperty().removeListener(focusMoved);
                shown.sceneProperty().removeListener(formMoved);
            });
        }
    }

    /**
     * Whether the event belongs to a command (accelerator, mnemonic, or a modifier key itself) rather than to text.
     * A character typed with Ctrl and Alt together is text: that is how AltGr reaches JavaFX on Windows.
     */
    private static boolean isCommand(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            return (event.isControlDown() || event.isMetaDown() || event.isShortcutDown()) && !event.isAltDown();
        }
        return event.getCode().isModifierKey() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || event.isShortcutDown();
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("type-ahead is used from the JavaFX thread only");
        }
    }
}
