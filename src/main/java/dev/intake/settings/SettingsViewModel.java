package dev.intake.settings;

import static dev.intake.settings.SettingsForm.blankToNull;

import dev.intake.accounts.AccountsException;
import dev.intake.accounts.AccountsFailures;
import dev.intake.accounts.CredentialStore;
import dev.intake.ats.ProxyConfig;
import dev.intake.common.TaskExecutor;
import dev.intake.common.Theme;
import dev.intake.common.UserMessage;
import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog: data directory, theme, retention, language and network proxy, plus "Copy diagnostics".
 * Data directory and language take effect at the next start; the view says so.
 */
public final class SettingsViewModel {
    /** The language choice meaning "follow the system". */
    public static final String SYSTEM_LANGUAGE = "";

    private final SettingsStore store;
    private final CredentialStore credentials;
    private final TaskExecutor executor;
    private final ResourceBundle messages;
    private final Callable<String> diagnostics;
    private final Callable<Integer> waitingInCurrentFolder;

    private final ReadOnlyObjectWrapper<Settings> saved;
    private final SettingsForm form;

    private final ReadOnlyStringWrapper proxyPasswordHint = new ReadOnlyStringWrapper(this, "proxyPasswordHint", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper confirmingDataDirectory = new ReadOnlyBooleanWrapper(this,
            "confirmingDataDirectory");
    private final ReadOnlyStringWrapper dataDirectoryWarning = new ReadOnlyStringWrapper(this, "dataDirectoryWarning",
            "");
    private final BooleanBinding restartNeeded;
    private boolean passwordStored;

    /**
     * @param current     the settings in effect (loaded at start, so the dialog opens without I/O)
     * @param diagnostics builds the diagnostics text; runs on a worker
     */
    public SettingsViewModel(SettingsStore store, CredentialStore credentials, TaskExecutor executor,
            ResourceBundle messages, Settings current, Callable<String> diagnostics) {
        this(store, credentials, executor, messages, current, diagnostics, () -> 0);
    }

    /**
     * @param waitingInCurrentFolder how many applications the data folder in use still has to send; runs on a worker
     *                               before a change of data folder is saved
     */
    public SettingsViewModel(SettingsStore store, CredentialStore credentials, TaskExecutor executor,
            ResourceBundle messages, Settings current, Callable<String> diagnostics,
            Callable<Integer> waitingInCurrentFolder) {
        this.waitingInCurrentFolder = Objects.requireNonNull(waitingInCurrentFolder);
        this.store = Objects.requireNonNull(store);
        this.credentials = Objects.requireNonNull(credentials);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.diagnostics = Objects.requireNonNull(diagnostics);
        this.saved = new ReadOnlyObjectWrapper<>(this, "saved", Objects.requireNonNull(current));
        this.form = new SettingsForm(messages);
        restartNeeded = Bindings.createBooleanBinding(() -> {
            Settings effective = saved.get();
            return !Objects.equals(blankToNull(form.dataDirectory().get()), effective.dataDirectory())
                    || !Objects.equals(blankToNull(form.language().get()), effective.language());
        }, form.dataDirectory().valueProperty(), form.language(), saved);
        form.fill(current);
        // "Settings saved." speaks of the values before an edit; a problem to fix stays until it is fixed.
        form.revisionProperty().addListener((obs, old, now) -> {
            if (!statusIsError.get()) {
                setStatus("", false);
            }
        });
        if (current.proxy().hasCredentials()) {
            executor.wrap(() -> credentials.get(CredentialStore.PROXY_PASSWORD).isPresent())
                    .onSuccess(this::showPasswordStored)
                    .onFailure(error -> proxyPasswordHint.set(describe(error)))
                    .start();
        }
    }

    /** Theme names, language codes and proxy modes offered by the view. */
    public List<Theme> themes() {
        return List.of(Theme.values());
    }

    public List<String> languages() {
        return Stream.concat(Stream.of(SYSTEM_LANGUAGE),
                Settings.LANGUAGES.stream()).toList();
    }

    /** "System language", or the language's name in itself ("Deutsch"), so anyone can find their own. */
    public String languageLabel(String code) {
        if (code == null || code.isEmpty()) {
            return messages.getString("settings.language.system");
        }
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String themeLabel(Theme value) {
        return messages.getString("settings.theme." + value.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Validates, checks the data directory can be used, stores the proxy password, then saves. A new data folder while
     * applications still wait to be sent from the current one is first put to the user
     * ({@link #confirmingDataDirectoryProperty()}).
     */
    public void save() {
        save(false);
    }

    /** Saves with the new data folder although applications still wait in the current one. */
    public void changeDataDirectoryAnyway() {
        if (confirmingDataDirectory.get()) {
            confirmingDataDirectory.set(false);
            save(true);
        }
    }

    /** Puts the data folder back to the one in use and saves the other settings. */
    public void keepDataDirectory() {
        if (confirmingDataDirectory.get()) {
            confirmingDataDirectory.set(false);
            form.dataDirectory().reset(Objects.requireNonNullElse(saved.get().dataDirectory(), ""));
            save(true);
        }
    }

    private void save(boolean folderChangeConfirmed) {
        if (busy.get()) {
            return;
        }
        confirmingDataDirectory.set(false);
        if (!form.check()) {
            setStatus(messages.getString("settings.fixFields"), true);
            return;
        }
        Settings settings = form.settings();
        ProxyConfig proxy = settings.proxy();
        String password = form.proxyPassword().get();
        if (!folderChangeConfirmed && !Objects.equals(settings.dataDirectory(), saved.get().dataDirectory())) {
            busy.set(true);
            executor.wrap(waitingInCurrentFolder).onSuccess(waiting -> {
                busy.set(false);
                if (waiting > 0) {
                    dataDirectoryWarning.set(format("settings.dataDirectory.waiting", waiting));
                    confirmingDataDirectory.set(true);
                    setStatus("", false);
                } else {
                    save(true);
                }
            }).onFailure(error -> {
                busy.set(false);
                setStatus(describe(error), true);
            }).start();
            return;
        }
        busy.set(true);
        executor.wrap(() -> {
            settings.dataDirectoryPath().ifPresent(SettingsViewModel::requireUsableDirectory);
            if (!proxy.hasCredentials()) {
                credentials.delete(CredentialStore.PROXY_PASSWORD);
            } else if (password != null && !password.isEmpty()) {
                credentials.put(CredentialStore.PROXY_PASSWORD, password);
            }
            store.save(settings);
            return proxy.hasCredentials() && (passwordStored || (password != null && !password.isEmpty()));
        }).onSuccess(stored -> {
            busy.set(false);
            form.proxyPassword().reset("");
            saved.set(settings);
            showPasswordStored(stored);
            setStatus(messages.getString("settings.saved"), false);
        }).onFailure(error -> {
            busy.set(false);
            if (error instanceof UnusableDirectoryException unusable) {
                form.dataDirectory().setServerProblem(unusable.userMessage().format(messages));
                setStatus(messages.getString("settings.fixFields"), true);
            } else {
                setStatus(describe(error), true);
            }
        }).start();
    }

    /** Builds the diagnostics text on a worker and hands it to {@code clipboard} on the UI thread. */
    public void copyDiagnostics(Consumer<String> clipboard) {
        busy.set(true);
        executor.wrap(diagnostics).onSuccess(text -> {
            busy.set(false);
            clipboard.accept(text);
            setStatus(messages.getString("settings.diagnostics.copied"), false);
        }).onFailure(error -> {
            busy.set(false);
            setStatus(describe(error), true);
        }).start();
    }

    public ReadOnlyObjectProperty<Settings> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Blank for the default folder. */
    public Field<String> dataDirectory() {
        return form.dataDirectory();
    }

    public ObjectProperty<Theme> themeProperty() {
        return form.theme();
    }

    public Field<String> retentionDays() {
        return form.retentionDays();
    }

    public StringProperty languageProperty() {
        return form.language();
    }

    public ObjectProperty<ProxyConfig.Mode> proxyModeProperty() {
        return form.proxyMode();
    }

    public Field<String> proxyHost() {
        return form.proxyHost();
    }

    public Field<String> proxyPort() {
        return form.proxyPort();
    }

    public Field<String> proxyUser() {
        return form.proxyUser();
    }

    /** Write-only, bound to a masked field; emptied after saving. */
    public Field<String> proxyPassword() {
        return form.proxyPassword();
    }

    /** The typed inputs in reading order; the proxy's are active only for "Use this proxy". */
    public FieldGroup fields() {
        return form.fields();
    }

    /** Counts every edit in the dialog. */
    public ReadOnlyLongProperty revisionProperty() {
        return form.revisionProperty();
    }

    public ReadOnlyStringProperty proxyPasswordHintProperty() {
        return proxyPasswordHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    /** Set while the user is asked whether to leave applications waiting in the current data folder. */
    public ReadOnlyBooleanProperty confirmingDataDirectoryProperty() {
        return confirmingDataDirectory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataDirectoryWarningProperty() {
        return dataDirectoryWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding explicitProxyBinding() {
        return form.explicitProxy();
    }

    /** True when a change waits for the next start (data directory, language). */
    public BooleanBinding restartNeededBinding() {
        return restartNeeded;
    }

    private void showPasswordStored(boolean stored) {
        passwordStored = stored;
        proxyPasswordHint.set(stored ? messages.getString("settings.proxy.passwordStored") : "");
    }

    private static void requireUsableDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            if (!Files.isWritable(directory)) {
                throw new UnusableDirectoryException(UserMessage.of("settings.dataDirectory.notWritable",
                        directory));
            }
        } catch (IOException e) {
            throw new UnusableDirectoryException(UserMessage.of("settings.dataDirectory.cannotCreate", directory,
                    e.getClass().getSimpleName()));
        }
    }

    private String describe(Throwable error) {
        UserMessage message = error instanceof IOException
                ? UserMessage.of("settings.file.unwritable", store.file(), error.getClass().getSimpleName())
                : AccountsFailures.describe(error);
        return message.format(messages);
    }

    /** With the arguments as they are (numbers stay numbers for {@code choice} patterns). */
    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }

    private void setStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    /** The chosen data directory cannot be created or written. */
    private static final class UnusableDirectoryException extends AccountsException {
        private static final long serialVersionUID = 1L;

        UnusableDirectoryException(UserMessage userMessage) {
            super(userMessage);
        }
    }
}
