package dev.intake.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Binds controls to {@link Field}s the same way everywhere: the value, the {@code :invalid} pseudo-class, the
 * message under the field, and the accessible help that screen readers announce.
 */
public final class FieldViews {
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldViews() {
    }

    /** A label for the message under a field; takes no space while there is nothing to say. */
    public static Label errorLabel() {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    public static void bindText(TextInputControl control, Field<String> field, Label error) {
        control.textProperty().bindBidirectional(field.valueProperty());
        decorate(control, field, error);
    }

    /** A combo box, choice box or date picker whose value is the field's value. */
    public static <T> void bindValue(ComboBoxBase<T> control, Field<T> field, Label error) {
        control.valueProperty().bindBidirectional(field.valueProperty());
        decorate(control, field, error);
    }

    /** A date picker whose typed text is the field's value (YYYY-MM-DD), so a wrong date is reported, not dropped. */
    public static void bindDate(DatePicker picker, Field<String> field, Label error) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.getEditor().textProperty().bindBidirectional(field.valueProperty());
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.toString().equals(field.get())) {
                field.set(now.toString());
            }
        });
        decorate(picker, field, error);
    }

    /** The invalid style, the message under the field and the accessible help follow the field's message. */
    public static void decorate(Node control, Field<?> field, Label error) {
        field.messageProperty().addListener((obs, old, now) -> control.pseudoClassStateChanged(INVALID, now != null));
        control.pseudoClassStateChanged(INVALID, field.message() != null);
        if (error != null) {
            error.textProperty().bind(field.messageProperty());
            error.visibleProperty().bind(field.messageProperty().isNotNull());
            error.managedProperty().bind(error.visibleProperty());
        }
        control.accessibleHelpProperty().bind(Bindings.createStringBinding(
                () -> field.message() == null ? null : field.message(), field.messageProperty()));
        control.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                field.touch();
            }
        });
    }

    /** Check boxes for a multiple choice whose field holds the chosen option ids, in the options' order. */
    public static <T> FlowPane checkBoxes(List<T> options, Function<T, String> id, Function<T, String> label,
            Field<List<String>> field) {
        FlowPane pane = new FlowPane(16, 6);
        for (T option : options) {
            CheckBox check = new CheckBox(label.apply(option));
            check.setMnemonicParsing(false);
            check.setSelected(field.get().contains(id.apply(option)));
            check.selectedProperty().addListener((obs, was, now) -> {
                List<String> chosen = new ArrayList<>();
                for (T o : options) {
                    if (o == option ? now : field.get().contains(id.apply(o))) {
                        chosen.add(id.apply(o));
                    }
                }
                field.set(List.copyOf(chosen));
            });
            field.valueProperty().addListener((obs, old, now) -> check.setSelected(now.contains(id.apply(option))));
            pane.getChildren().add(check);
        }
        return pane;
    }

    /** Puts text on the system clipboard (copy buttons). */
    public static void copy(String text) {
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** A labelled block: caption, control, and the message under it. */
    public static VBox labelled(String caption, Node control, Label error) {
        Label label = new Label(caption);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(4, label, control, error);
        box.getStyleClass().add("field");
        return box;
    }
}
