package dev.intake.profiles;

import dev.intake.accounts.AccountsFailures;
import dev.intake.accounts.ConnectionOutcome;
import dev.intake.accounts.ConnectionReport;
import dev.intake.accounts.ConnectionTester;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.accounts.ProfileValidationException;
import dev.intake.ats.AtsConnection;
import dev.intake.common.BackgroundTask;
import dev.intake.common.UserMessage;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The profiles dialog: a list of profiles and a form to create, edit, test, delete and switch. The API key field is
 * write-only: a stored key is never loaded back into the form.
 */
public final class ProfilesViewModel {
    private final ProfilesModel model;
    private final ConnectionTester tester;
    private final Supplier<AtsConnection> sandboxConnection;
    private final ResourceBundle messages;
    private final ProfileDeletion deletion;

    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", true);
    private final ReadOnlyStringWrapper readOnlyNote = new ReadOnlyStringWrapper(this, "readOnlyNote", "");

    private final ProfileForm form;
    private final ReadOnlyStringWrapper apiKeyHint = new ReadOnlyStringWrapper(this, "apiKeyHint", "");

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyObjectWrapper<ConnectionOutcome> testOutcome = new ReadOnlyObjectWrapper<>(this,
            "testOutcome");

    private final BooleanBinding canDelete;
    private final BooleanBinding canSwitch;
    private final BooleanBinding canSave;

    private BackgroundTask<?> keyCheck;
    private BackgroundTask<?> test;

    public ProfilesViewModel(ProfilesModel model, ConnectionTester tester, Supplier<AtsConnection> sandboxConnection,
            ResourceBundle messages) {
        this(model, tester, sandboxConnection, messages, ProfileSubmissions.NONE);
    }

    /** @param submissions what each profile still has to send, asked before a profile is deleted */
    public ProfilesViewModel(ProfilesModel model, ConnectionTester tester, Supplier<AtsConnection> sandboxConnection,
            ResourceBundle messages, ProfileSubmissions submissions) {
        this.model = Objects.requireNonNull(model);
        this.tester = Objects.requireNonNull(tester);
        this.sandboxConnection = Objects.requireNonNull(sandboxConnection);
        this.messages = Objects.requireNonNull(messages);

        canDelete = Bindings.createBooleanBinding(
                () -> model.isEditable(selected.get()) && !creating.get() && !busy.get(), selected, creating, busy);
        canSwitch = Bindings.createBooleanBinding(
                () -> selected.get() != null && !creating.get() && !busy.get()
                        && !selected.get().equals(model.current()),
                selected, creating, busy, model.currentProperty());
        canSave = readOnly.not().and(busy.not());
        deletion = new ProfileDeletion(model, Objects.requireNonNull(submissions), messages, selected, busy,
                this::setStatus, this::failed);
        form = new ProfileForm(messages, () -> profiles().stream()
                .filter(p -> creating.get() || selected.get() == null || !p.id().equals(selected.get().id()))
                .map(Profile::name).toList(),
                model.profiles(), selected, creating);
        form.revisionProperty().addListener((obs, old, now) -> {
            if (!testing.get()) {
                testResult.set("");
                testOutcome.set(null);
            }
        });

        selected.addListener((obs, old, profile) -> {
            if (profile != null) {
                show(profile);
            }
        });
        selected.set(model.current());
    }

    public ObservableList<Profile> profiles() {
        return model.profiles();
    }

    /** The text a list shows for {@code profile}. */
    public String label(Profile profile) {
        return model.label(profile, messages);
    }

    public boolean isCurrent(Profile profile) {
        return profile != null && profile.equals(model.current());
    }

    public ReadOnlyObjectProperty<Profile> currentProperty() {
        return model.currentProperty();
    }

    // ---- actions ----

    /** Clears the form for a new profile with StackOne's address filled in. */
    public void newProfile() {
        cancelPending();
        creating.set(true);
        readOnly.set(false);
        readOnlyNote.set("");
        fill("", AtsConnection.STACKONE_BASE_URL, "", Profile.ProfileDefaults.NONE);
        apiKeyHint.set(text("profiles.apiKey.required"));
        selected.set(null);
        setStatus("", false);
    }

    /** Validates the form, then creates or updates; the first profile made on the sandbox becomes current. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        boolean isNew = creating.get();
        Profile editing = selected.get();
        String editingId = isNew || editing == null ? null : editing.id();
        if (!form.check()) {
            setStatus(text("profiles.fixFields"), true);
            return;
        }
        ProfileStore.Draft draft = form.draft();
        String key = form.apiKey().get();
        boolean switchAfterCreate = isNew && model.current() != null && model.current().sandbox();
        busy.set(true);
        model.change(store -> {
            Profile saved = isNew ? store.create(draft, key) : store.update(editingId, draft, key);
            return switchAfterCreate ? store.switchTo(saved.id()) : saved;
        }, saved -> {
            busy.set(false);
            creating.set(false);
            form.apiKey().reset("");
            selected.set(saved);
            setStatus(format(switchAfterCreate ? "profiles.savedAndUsing" : "profiles.saved", saved.name()), false);
        }, this::failed);
    }


    /** Asks before deleting the selected profile (see {@link ProfileDeletion#request()}). */
    public void requestDelete() {
        if (canDelete.get()) {
            deletion.request();
        }
    }

    public void cancelDelete() {
        deletion.cancel();
    }

    /** Deletes the selected profile and its stored key, unless applications started waiting for it meanwhile. */
    public void confirmDelete() {
        deletion.confirm();
    }

    /** The question, and its answers, when a profile to delete still has applications waiting to be sent. */
    public ProfileDeletion deletion() {
        return deletion;
    }

    /** Makes the selected profile the one Intake works with. */
    public void switchToSelected() {
        if (!canSwitch.get()) {
            return;
        }
        Profile target = selected.get();
        busy.set(true);
        model.change(store -> store.switchTo(target.id()), profile -> {
            busy.set(false);
            setStatus(format("profiles.using", profile.name()), false);
        }, this::failed);
    }

    /** Calls the ATS with what the form holds (a blank key field uses the stored key). */
    public void testConnection() {
        if (testing.get()) {
            return;
        }
        Profile profile = selected.get();
        boolean fromForm = creating.get() || model.isEditable(profile);
        boolean sandbox = !fromForm && profile != null && profile.sandbox();
        String url = form.baseUrl().get();
        String account = form.accountId().get();
        String key = form.apiKey().get();
        String storedKeyId = fromForm && !creating.get() && profile != null ? profile.id() : null;
        testing.set(true);
        testOutcome.set(null);
        testResult.set(text("profiles.test.running"));
        test = model.read(store -> {
            if (sandbox) {
                return tester.test(sandboxConnection.get());
            }
            if (!fromForm) {
                return tester.test(store.connection(profile, null));
            }
            String usedKey = (key == null || key.isBlank()) && storedKeyId != null
                    ? store.apiKey(storedKeyId).orElse("") : key;
            return tester.test(url, account, usedKey);
        }, this::showTest, error -> {
            testing.set(false);
            testOutcome.set(ConnectionOutcome.UNEXPECTED_ANSWER);
            testResult.set(describe(error));
        });
    }

    // ---- state for the view ----

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readOnlyNoteProperty() {
        return readOnlyNote.getReadOnlyProperty();
    }

    public Field<String> name() {
        return form.name();
    }

    public Field<String> baseUrl() {
        return form.baseUrl();
    }

    public Field<String> accountId() {
        return form.accountId();
    }

    /** Bound to a masked field; emptied after every save. */
    public Field<String> apiKey() {
        return form.apiKey();
    }

    public Field<String> sourceId() {
        return form.sourceId();
    }

    public Field<String> sourceName() {
        return form.sourceName();
    }

    public Field<String> locationId() {
        return form.locationId();
    }

    public Field<String> applicationStatus() {
        return form.applicationStatus();
    }

    public Field<String> jobStatusFilter() {
        return form.jobStatusFilter();
    }

    /** Every input of the form in reading order. */
    public FieldGroup fields() {
        return form.fields();
    }

    /** Counts the edits made in the form. */
    public ReadOnlyLongProperty revisionProperty() {
        return form.revisionProperty();
    }

    public ReadOnlyBooleanProperty keyStoredProperty() {
        return form.keyStoredProperty();
    }

    public ReadOnlyStringProperty apiKeyHintProperty() {
        return apiKeyHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionOutcome> testOutcomeProperty() {
        return testOutcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmingDeleteProperty() {
        return deletion.confirmingProperty();
    }

    public ReadOnlyStringProperty deleteQuestionProperty() {
        return deletion.questionProperty();
    }

    public BooleanBinding canDeleteBinding() {
        return canDelete;
    }

    public BooleanBinding canSwitchBinding() {
        return canSwitch;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    // ---- internals ----


    private void show(Profile profile) {
        cancelPending();
        creating.set(false);
        deletion.reset();
        boolean editable = model.isEditable(profile);
        readOnly.set(!editable);
        readOnlyNote.set(profile.sandbox() ? text("profiles.sandbox.note")
                : model.isManaged(profile) ? text("profiles.managed.note") : "");
        fill(profile.name(), Objects.requireNonNullElse(profile.baseUrl(), ""),
                Objects.requireNonNullElse(profile.accountId(), ""), profile.defaults());
        model.needsAttention(profile).ifPresent(attention -> {
            form.showBaseUrlProblem(attention.format(messages));
            setStatus(attention.format(messages), true);
        });
        apiKeyHint.set(editable ? text("profiles.apiKey.checking") : "");
        if (editable) {
            keyCheck = model.read(store -> store.apiKey(profile.id()).isPresent(), present -> {
                form.keyStored(present);
                apiKeyHint.set(text(present ? "profiles.apiKey.stored" : "profiles.apiKey.required"));
            }, error -> apiKeyHint.set(describe(error)));
        }
    }

    private void fill(String newName, String url, String account, Profile.ProfileDefaults defaults) {
        form.fill(newName, url, account, defaults);
        testResult.set("");
        testOutcome.set(null);
    }

    private void showTest(ConnectionReport report) {
        testing.set(false);
        testOutcome.set(report.outcome());
        testResult.set(report.message().format(messages));
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ProfileValidationException invalid) {
            form.showStoreProblems(invalid.problems());
            setStatus(text("profiles.fixFields"), true);
        } else {
            setStatus(describe(error), true);
        }
    }

    private String describe(Throwable error) {
        return AccountsFailures.describe(error).format(messages);
    }

    private void cancelPending() {
        if (keyCheck != null) {
            keyCheck.cancel();
            keyCheck = null;
        }
        if (test != null) {
            test.cancel();
            test = null;
            testing.set(false);
        }
    }

    private void setStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    private String text(String key) {
        return messages.getString(key);
    }

    private String format(String key, Object... args) {
        return UserMessage.of(key, args).format(messages);
    }
}
