package dev.intake.settings;

import dev.intake.accounts.AccountsException;
import dev.intake.accounts.AccountsFailures;
import dev.intake.accounts.CredentialStore;
import dev.intake.ats.ProxyConfig;
import dev.intake.common.TaskExecutor;
import dev.intake.common.Theme;
import dev.intake.common.UserMessage;
import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
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
    private final StringProperty dataDirectory = new SimpleStringProperty(this, "dataDirectory", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final StringProperty retentionDays = new SimpleStringProperty(this, "retentionDays", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", SYSTEM_LANGUAGE);
    private final ObjectProperty<ProxyConfig.Mode> proxyMode = new SimpleObjectProperty<>(this, "proxyMode",
            ProxyConfig.Mode.SYSTEM);
    private final StringProperty proxyHost = new SimpleStringProperty(this, "proxyHost", "");
    private final StringProperty proxyPort = new SimpleStringProperty(this, "proxyPort", "");
    private final StringProperty proxyUser = new SimpleStringProperty(this, "proxyUser", "");
    private final StringProperty proxyPassword = new SimpleStringProperty(this, "proxyPassword", "");

    private final ReadOnlyStringWrapper dataDirectoryError = new ReadOnlyStringWrapper(this, "dataDirectoryError", "");
    private final ReadOnlyStringWrapper retentionError = new ReadOnlyStringWrapper(this, "retentionError", "");
    private final ReadOnlyStringWrapper proxyHostError = new ReadOnlyStringWrapper(this, "proxyHostError", "");
    private final ReadOnlyStringWrapper proxyPortError = new ReadOnlyStringWrapper(this, "proxyPortError", "");
    private final ReadOnlyStringWrapper proxyPasswordHint = new ReadOnlyStringWrapper(this, "proxyPasswordHint", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper confirmingDataDirectory = new ReadOnlyBooleanWrapper(this,
            "confirmingDataDirectory");
    private final ReadOnlyStringWrapper dataDirectoryWarning = new ReadOnlyStringWrapper(this, "dataDirectoryWarning",
            "");
    private final BooleanBinding explicitProxy = proxyMode.isEqualTo(ProxyConfig.Mode.EXPLICIT);
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
        restartNeeded = Bindings.createBooleanBinding(() -> {
            Settings effective = saved.get();
            return !Objects.equals(blankToNull(dataDirectory.get()), effective.dataDirectory())
                    || !Objects.equals(blankToNull(language.get()), effective.language());
        }, dataDirectory, language, saved);
        fill(current);
        dataDirectory.addListener((obs, old, value) -> dataDirectoryError.set(""));
        retentionDays.addListener((obs, old, value) -> retentionError.set(""));
        proxyHost.addListener((obs, old, value) -> proxyHostError.set(""));
        proxyPort.addListener((obs, old, value) -> proxyPortError.set(""));
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
            dataDirectory.set(Objects.requireNonNullElse(saved.get().dataDirectory(), ""));
            save(true);
        }
    }

    private void save(boolean folderChangeConfirmed) {
        if (busy.get()) {
            return;
        }
        confirmingDataDirectory.set(false);
        Optional<UserMessage> directoryProblem = Settings.dataDirectoryProblem(dataDirectory.get());
        Optional<UserMessage> retentionProblem = Settings.retentionProblem(retentionDays.get());
        boolean explicit = explicitProxy.get();
        Optional<UserMessage> hostProblem = explicit ? ProxyConfig.hostProblem(proxyHost.get()) : Optional.empty();
        Optional<UserMessage> portProblem = explicit ? ProxyConfig.portProblem(proxyPort.get()) : Optional.empty();
        dataDirectoryError.set(directoryProblem.map(m -> m.format(messages)).orElse(""));
        retentionError.set(retentionProblem.map(m -> m.format(messages)).orElse(""));
        proxyHostError.set(hostProblem.map(m -> m.format(messages)).orElse(""));
        proxyPortError.set(portProblem.map(m -> m.format(messages)).orElse(""));
        if (directoryProblem.isPresent() || retentionProblem.isPresent() || hostProblem.isPresent()
                || portProblem.isPresent()) {
            setStatus(messages.getString("settings.fixFields"), true);
            return;
        }
        ProxyConfig proxy = switch (proxyMode.get()) {
            case SYSTEM -> ProxyConfig.SYSTEM;
            case DIRECT -> ProxyConfig.DIRECT;
            case EXPLICIT -> ProxyConfig.explicit(proxyHost.get(), Integer.parseInt(proxyPort.get().strip()),
                    proxyUser.get());
        };
        Settings settings = new Settings(dataDirectory.get(), theme.get(),
                Integer.parseInt(retentionDays.get().strip()), blankToNull(language.get()), proxy);
        String password = proxyPassword.get();
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
            proxyPassword.set("");
            saved.set(settings);
            showPasswordStored(stored);
            setStatus(messages.getString("settings.saved"), false);
        }).onFailure(error -> {
            busy.set(false);
            if (error instanceof UnusableDirectoryException unusable) {
                dataDirectoryError.set(unusable.userMessage().format(messages));
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

    public StringProperty dataDirectoryProperty() {
        return dataDirectory;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty retentionDaysProperty() {
        return retentionDays;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<ProxyConfig.Mode> proxyModeProperty() {
        return proxyMode;
    }

    public StringProperty proxyHostProperty() {
        return proxyHost;
    }

    public StringProperty proxyPortProperty() {
        return proxyPort;
    }

    public StringProperty proxyUserProperty() {
        return proxyUser;
    }

    /** Write-only, bound to a masked field; emptied after saving. */
    public StringProperty proxyPasswordProperty() {
        return proxyPassword;
    }

    public ReadOnlyStringProperty dataDirectoryErrorProperty() {
        return dataDirectoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty retentionErrorProperty() {
        return retentionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty proxyHostErrorProperty() {
        return proxyHostError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty proxyPortErrorProperty() {
        return proxyPortError.getReadOnlyProperty();
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
        return explicitProxy;
    }

    /** True when a change waits for the next start (data directory, language). */
    public BooleanBinding restartNeededBinding() {
        return restartNeeded;
    }

    private void fill(Settings settings) {
        dataDirectory.set(Objects.requireNonNullElse(settings.dataDirectory(), ""));
        theme.set(settings.theme());
        retentionDays.set(Integer.toString(settings.retentionDays()));
        language.set(Objects.requireNonNullElse(settings.language(), SYSTEM_LANGUAGE));
        ProxyConfig proxy = settings.proxy();
        proxyMode.set(proxy.mode());
        proxyHost.set(Objects.requireNonNullElse(proxy.host(), ""));
        proxyPort.set(proxy.port() == 0 ? "" : Integer.toString(proxy.port()));
        proxyUser.set(Objects.requireNonNullElse(proxy.user(), ""));
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The chosen data directory cannot be created or written. */
    private static final class UnusableDirectoryException extends AccountsException {
        private static final long serialVersionUID = 1L;

        UnusableDirectoryException(UserMessage userMessage) {
            super(userMessage);
        }
    }
}
