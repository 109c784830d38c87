package dev.intake.wizard.step;

import dev.intake.form.Field;
import java.util.Optional;
import javafx.scene.Node;

/** A step's controller, as the wizard's view needs it. */
public interface StepView {
    /** The loaded page. */
    Node root();

    /** The control that edits {@code field}, made visible (e.g. a collapsed section expanded) so it can take focus. */
    Optional<Node> nodeFor(Field<?> field);
}
