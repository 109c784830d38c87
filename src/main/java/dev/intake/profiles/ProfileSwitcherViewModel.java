package dev.intake.profiles;

import dev.intake.accounts.AccountsFailures;
import dev.intake.accounts.Profile;
import dev.intake.common.UserMessage;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The compact switcher in the top bar: the current profile always in view, a clear mark when that is the sandbox, and
 * the way into the profiles dialog ("Connect your ATS" while on the sandbox).
 */
public final class ProfileSwitcherViewModel {
    private final ProfilesModel model;
    private final ResourceBundle messages;
    private final BooleanBinding sandboxActive;
    private final StringBinding actionText;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ProfileSwitcherViewModel(ProfilesModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
        sandboxActive = Bindings.createBooleanBinding(
                () -> model.current() != null && model.current().sandbox(), model.currentProperty());
        actionText = Bindings.createStringBinding(
                () -> messages.getString(sandboxActive.get() ? "switcher.connect" : "switcher.manage"),
                sandboxActive);
    }

    public ObservableList<Profile> profiles() {
        return model.profiles();
    }

    public ReadOnlyObjectProperty<Profile> currentProperty() {
        return model.currentProperty();
    }

    public String label(Profile profile) {
        return model.label(profile, messages);
    }

    /** True while the sample data of the built-in sandbox is in use: the view shows "Sandbox data". */
    public BooleanBinding sandboxActiveBinding() {
        return sandboxActive;
    }

    /** "Connect your ATS" on the sandbox, "Profiles…" otherwise; both open the profiles dialog. */
    public StringBinding actionTextBinding() {
        return actionText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Switches to {@code profile} unless it is already current. */
    public void switchTo(Profile profile) {
        if (profile == null || profile.equals(model.current()) || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        model.change(store -> store.switchTo(profile.id()), switched -> busy.set(false), failure -> {
            busy.set(false);
            error.set(AccountsFailures.describe(failure).format(messages));
        });
    }
}
