package dev.intake.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;

/**
 * The fields of a step (or a part of one, such as a phone row) in reading order. Valid when every active field
 * is; knows the first invalid field so a Next attempt can move focus there.
 */
public final class FieldGroup {
    private final List<Object> members = new ArrayList<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    // Change (not invalidation) listeners: they fire on every change, read-only wrappers included.
    private final ChangeListener<Boolean> recompute = (obs, old, now) -> recompute();

    public FieldGroup() {
        active.addListener(recompute);
    }

    public <F extends Field<?>> F add(F field) {
        members.add(field);
        field.validProperty().addListener(recompute);
        field.activeProperty().addListener(recompute);
        recompute();
        return field;
    }

    public FieldGroup add(FieldGroup group) {
        members.add(group);
        group.validProperty().addListener(recompute);
        group.active.addListener(recompute);
        recompute();
        return group;
    }

    /** Adds a group at a position among the members, e.g. a new row before the fields that follow the rows. */
    public FieldGroup insert(int index, FieldGroup group) {
        members.add(index, group);
        group.validProperty().addListener(recompute);
        group.active.addListener(recompute);
        recompute();
        return group;
    }

    public void remove(Object member) {
        if (members.remove(member)) {
            if (member instanceof Field<?> field) {
                field.validProperty().removeListener(recompute);
                field.activeProperty().removeListener(recompute);
            } else if (member instanceof FieldGroup group) {
                group.validProperty().removeListener(recompute);
                group.active.removeListener(recompute);
            }
            recompute();
        }
    }

    public int indexOf(Object member) {
        return members.indexOf(member);
    }

    private void recompute() {
        valid.set(firstInvalid().isEmpty());
    }

    /** Active fields in reading order, nested groups flattened. */
    public List<Field<?>> activeFields() {
        List<Field<?>> result = new ArrayList<>();
        collect(result);
        return result;
    }

    private void collect(List<Field<?>> into) {
        if (!active.get()) {
            return;
        }
        for (Object member : members) {
            if (member instanceof Field<?> field && field.isActive()) {
                into.add(field);
            } else if (member instanceof FieldGroup group) {
                group.collect(into);
            }
        }
    }

    public Optional<Field<?>> firstInvalid() {
        return activeFields().stream().filter(field -> !field.isValid()).findFirst();
    }

    /** Shows every active field's problem: the user tried to go on. */
    public void revealAll() {
        activeFields().forEach(Field::touch);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
