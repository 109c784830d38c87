package dev.intake.config;

import dev.intake.accounts.CredentialStore;
import dev.intake.accounts.CredentialStores;
import dev.intake.accounts.ManagedConfig;
import dev.intake.accounts.ObservedCredentialStore;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.ProxyConfig;
import dev.intake.ats.Redactor;
import dev.intake.common.UserMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the accounts side of the application from the command line: config directory, managed configuration,
 * credential store (every secret it hands out is taught to the {@link Redactor} first), settings and profiles.
 * Blocking (files, looking for credential tools): run it before the window shows.
 */
public final class AccountsSetup {
    public static final String CREDENTIALS_FILE = "credentials.json";

    /** The pieces, ready to pass to services and view models. */
    public record Parts(Path configDirectory, Redactor redactor, CredentialStore credentials, ManagedConfig managed,
            SettingsStore settingsStore, Settings settings, ProfileStore profiles) {
        /** The managed proxy when IT set one, else the user's choice. */
        public ProxyConfig proxy() {
            return managed.proxy().orElse(settings.proxy());
        }

        /** The proxy password for {@link #proxy()}; blocks on the credential store. */
        public Optional<String> proxyPassword() {
            return managed.proxy().isPresent() ? managed.proxyPassword()
                    : credentials.get(CredentialStore.PROXY_PASSWORD);
        }

        /** Files that could not be read at start (kept aside), to tell the user once the window is up. */
        public List<UserMessage> startupProblems() {
            return Stream.of(settingsStore.loadProblem(), profiles.loadProblem()).flatMap(Optional::stream).toList();
        }
    }

    private AccountsSetup() {
    }

    /**
     * @throws dev.intake.accounts.ManagedConfigException when a managed option or file is wrong: print its message
     *     and exit
     */
    public static Parts open(List<String> args) {
        return open(args, ConfigDirectory.forThisProcess(args),
                ManagedConfig.systemFile(System.getProperty("os.name", ""), System.getenv()),
                CredentialStores::forThisMachine);
    }

    static Parts open(List<String> args, Path configDirectory, Path systemFile,
            Function<Path, CredentialStore> credentialStoreFor) {
        Redactor redactor = new Redactor();
        ManagedConfig managed = ManagedConfig.load(args, systemFile);
        managed.apiKey().ifPresent(redactor::addSecret);
        managed.proxyPassword().ifPresent(redactor::addSecret);
        CredentialStore credentials = new ObservedCredentialStore(
                credentialStoreFor.apply(configDirectory.resolve(CREDENTIALS_FILE)), redactor::addSecret);
        SettingsStore settingsStore = new SettingsStore(configDirectory);
        Settings settings = settingsStore.load();
        ProfileStore profiles = new ProfileStore(configDirectory, credentials, managed);
        return new Parts(configDirectory, redactor, credentials, managed, settingsStore, settings, profiles);
    }
}
