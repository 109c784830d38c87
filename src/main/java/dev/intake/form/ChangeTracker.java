package dev.intake.form;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Counts edits to a step's state so the wizard knows when to save a draft, without knowing every property. */
public final class ChangeTracker {
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final InvalidationListener bumpOnInvalidation = o -> bump();
    private final ChangeListener<Object> bumpOnChange = (obs, old, now) -> bump();

    /** Counts every change of these observables from now on. */
    public void watch(Observable... observables) {
        for (Observable observable : observables) {
            // A value is watched for changes: an invalidation listener would fire only once until it is read.
            if (observable instanceof ObservableValue<?> value) {
                value.addListener(bumpOnChange);
            } else {
                observable.addListener(bumpOnInvalidation);
            }
        }
    }

    public void unwatch(Observable... observables) {
        for (Observable observable : observables) {
            if (observable instanceof ObservableValue<?> value) {
                value.removeListener(bumpOnChange);
            } else {
                observable.removeListener(bumpOnInvalidation);
            }
        }
    }

    public void bump() {
        revision.set(revision.get() + 1);
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
