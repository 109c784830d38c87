package dev.intake.profiles;

import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.common.BackgroundTask;
import dev.intake.common.TaskExecutor;
import dev.intake.common.UserMessage;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profiles as the UI sees them, shared by the switcher in the top bar and the profiles dialog. Lives on the UI
 * thread; every change runs on a worker and comes back as an immutable {@link ProfileStore.Snapshot}.
 */
public final class ProfilesModel {
    private final ProfileStore store;
    private final TaskExecutor executor;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObservableList<Profile> readOnlyProfiles = FXCollections.unmodifiableObservableList(profiles);
    private final ReadOnlyObjectWrapper<Profile> current = new ReadOnlyObjectWrapper<>(this, "current");
    private Map<String, UserMessage> needsAttention = Map.of();

    /** Takes the store's state as loaded; build it before the window shows (loading reads a file). */
    public ProfilesModel(ProfileStore store, TaskExecutor executor) {
        this.store = store;
        this.executor = executor;
        apply(store.snapshot());
    }

    public ObservableList<Profile> profiles() {
        return readOnlyProfiles;
    }

    public ReadOnlyObjectProperty<Profile> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Profile current() {
        return current.get();
    }

    public boolean isEditable(Profile profile) {
        return profile != null && store.isEditable(profile.id());
    }

    public boolean isManaged(Profile profile) {
        return profile != null && store.isManaged(profile.id());
    }

    /** Why {@code profile} cannot send until it is edited (a saved URL breaking the https rule); empty if it can. */
    public Optional<UserMessage> needsAttention(Profile profile) {
        return profile == null ? Optional.empty() : Optional.ofNullable(needsAttention.get(profile.id()));
    }

    /**
     * Runs {@code change} against the store on a worker; on success publishes the new state, then calls
     * {@code onDone} on the UI thread.
     */
    public <T> BackgroundTask<Changed<T>> change(Function<ProfileStore, T> change, Consumer<T> onDone,
            Consumer<Throwable> onFailure) {
        return executor.wrap(() -> {
            T value = change.apply(store);
            return new Changed<>(value, store.snapshot());
        }).onSuccess(changed -> {
            apply(changed.snapshot());
            onDone.accept(changed.value());
        }).onFailure(onFailure).start();
    }

    /** Reads from the store on a worker (credential lookups block) without changing anything. */
    public <T> BackgroundTask<T> read(Function<ProfileStore, T> read, Consumer<T> onDone,
            Consumer<Throwable> onFailure) {
        return executor.wrap(() -> read.apply(store)).onSuccess(onDone).onFailure(onFailure).start();
    }

    /** A change's result together with the state after it. */
    public record Changed<T>(T value, ProfileStore.Snapshot snapshot) {
    }

    /** The name shown in lists: the sandbox and managed profiles say what they are. */
    public String label(Profile profile, ResourceBundle messages) {
        if (profile == null) {
            return "";
        }
        if (profile.sandbox()) {
            return messages.getString("profiles.sandbox.label");
        }
        if (isManaged(profile)) {
            return UserMessage.of("profiles.managed.label", profile.name()).format(messages);
        }
        if (needsAttention.containsKey(profile.id())) {
            return UserMessage.of("profiles.url.needsAttention.label", profile.name()).format(messages);
        }
        return profile.name();
    }

    private void apply(ProfileStore.Snapshot snapshot) {
        needsAttention = snapshot.needsAttention();
        if (!profiles.equals(snapshot.profiles())) {
            profiles.setAll(snapshot.profiles());
        }
        current.set(snapshot.current());
    }
}
