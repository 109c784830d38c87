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
 * <p>Replay sends each event to whatever owns the focus at that moment, through the scene's own dispatch chain, so a
 * replayed Tab moves the focus by the scene's normal traversal exactly as a typed one would, and the characters
 * after it land in the next field. If nothing in the scene can take the keys yet (no focus owner, or still the
 * placeholder), they wait, together with anything typed meanwhile, until something takes the focus.
 *
 * <p>All methods must be called on the JavaFX thread.
 */
public final class TypeAhead {
    private final Node placeholder;
    private final Deque<KeyEvent> kept = new ArrayDeque<>();
    private final EventHandler<KeyEvent> keep = this::keep;
    private final ChangeListener<Node> focusMoved = this::focusMoved;
    private Scene target;
    private boolean replaying;
    private boolean delivered;

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
     * Stops capturing at the placeholder and replays what was kept, in order, each event to the focus owner of
     * {@code scene} at that moment. Call it right after the form is in the scene and its first field has the
     * focus, in the same turn of the JavaFX thread, so that no live key overtakes the kept ones. Only the first
     * call counts; later calls do nothing.
     */
    public void replayInto(Scene scene) {
        requireFxThread();
        if (target != null) {
            return;
        }
        target = scene;
        placeholder.removeEventFilter(KeyEvent.ANY, keep);
        // Until the kept keys are delivered, keys typed meanwhile join the queue rather than overtake it.
        scene.addEventFilter(KeyEvent.ANY, keep);
        scene.focusOwnerProperty().addListener(focusMoved);
        deliver();
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

    private void deliver() {
        if (replaying || delivered) {
            return;
        }
        replaying = true;
        try {
            while (!kept.isEmpty()) {
                Node owner = target.getFocusOwner();
                if (owner == null || owner == placeholder) {
                    return;
                }
                // A control handles keys through its skin, which a form shown in this turn gets only from CSS.
                owner.applyCss();
                Event.fireEvent(owner, kept.removeFirst().copyFor(owner, owner));
            }
            delivered = true;
            target.removeEventFilter(KeyEvent.ANY, keep);
            // Removed later: removing a listener while a nested focus change is being announced breaks JavaFX.
            Scene scene = target;
            Platform.runLater(() -> scene.focusOwnerProperty().removeListener(focusMoved));
        } finally {
            replaying = false;
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
