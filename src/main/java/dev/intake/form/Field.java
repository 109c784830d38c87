package dev.intake.form;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * One input of the wizard: its value, the rule that checks it, and the message shown under it. The message
 * appears once the field was touched (typed in, left, or a Next attempt revealed it), so an empty form does not
 * greet the user with errors. A problem reported by the server wins until the user edits the value.
 *
 * @param <T> the value type (text, an option id, a list of option ids, a picked record...)
 */
public final class Field<T> {
    private final String path;
    private final ObjectProperty<T> value;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper serverProblem = new ReadOnlyStringWrapper(this, "serverProblem");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper touched = new ReadOnlyBooleanWrapper(this, "touched");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private Function<? super T, String> rule = any -> null;

    /**
     * @param path where this value goes in the request, in the spec's names (e.g. {@code candidate.email}); used
     *             to put a server's complaint back on the right field
     */
    public Field(String path, T initial) {
        this.path = Objects.requireNonNull(path);
        this.value = new SimpleObjectProperty<>(this, "value", initial);
        value.addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                touched.set(true);
                serverProblem.set(null);
                revalidate();
            }
        });
    }

    /** A text field starting empty. */
    public static Field<String> text(String path) {
        return new Field<>(path, "");
    }

    /** Sets the rule: it returns the message to show, or null when the value is fine. */
    public Field<T> rule(Function<? super T, String> newRule) {
        this.rule = Objects.requireNonNull(newRule);
        revalidate();
        return this;
    }

    /** Checks the value again whenever one of {@code dependencies} changes (e.g. a phone number's country). */
    public Field<T> dependsOn(Observable... dependencies) {
        for (Observable dependency : dependencies) {
            if (dependency instanceof ObservableValue<?> value) {
                value.addListener((obs, old, now) -> revalidate());
            } else {
                dependency.addListener(o -> revalidate());
            }
        }
        return this;
    }

    public void revalidate() {
        problem.set(rule.apply(value.get()));
        refresh();
    }

    private void refresh() {
        valid.set(problem.get() == null && serverProblem.get() == null);
        if (serverProblem.get() != null) {
            message.set(serverProblem.get());
        } else {
            message.set(touched.get() ? problem.get() : null);
        }
    }

    /** Shows the field's problem (if any) from now on: the user left it, or tried to go on. */
    public void touch() {
        touched.set(true);
        refresh();
    }

    /** The server named this field as the reason it refused the application. */
    public void setServerProblem(String text) {
        serverProblem.set(text);
        refresh();
    }

    /** Puts a value back without showing problems, as on a fresh form. */
    public void reset(T initial) {
        value.set(initial);
        touched.set(false);
        serverProblem.set(null);
        revalidate();
    }

    public String path() {
        return path;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T get() {
        return value.get();
    }

    public void set(T newValue) {
        value.set(newValue);
    }

    /** The current problem, shown or not; null when the value is fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the view shows under the field; null when nothing should be shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public ReadOnlyBooleanProperty touchedProperty() {
        return touched.getReadOnlyProperty();
    }

    /** Inactive fields (a hidden question, the other candidate mode) are neither checked nor sent. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    @Override
    public String toString() {
        return "Field[" + path + "]";
    }
}
