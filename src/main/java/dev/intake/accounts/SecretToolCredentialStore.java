package dev.intake.accounts;

import java.util.List;

/** Linux Secret Service (GNOME Keyring, KWallet) through {@code secret-tool} from libsecret-tools. */
final class SecretToolCredentialStore extends CommandCredentialStore {
    SecretToolCredentialStore(CommandRunner runner, String executable) {
        super(runner, "secret-tool", executable);
    }

    /** secret-tool reads the secret from stdin when stdin is not a terminal. */
    @Override
    Invocation storeInvocation(String name, String secret) {
        return new Invocation(List.of(executable, "store", "--label=Intake: " + name, "service", SERVICE, "account",
                name), secret);
    }

    @Override
    List<String> lookupCommand(String name) {
        return List.of(executable, "lookup", "service", SERVICE, "account", name);
    }

    @Override
    List<String> clearCommand(String name) {
        return List.of(executable, "clear", "service", SERVICE, "account", name);
    }

    /** secret-tool exits 1 without a word when nothing matches; real trouble (no D-Bus, locked) prints a reason. */
    @Override
    boolean isNotFound(CommandRunner.Result result) {
        return result.exitCode() == 1 && result.stderr().isBlank();
    }

    @Override
    public String description() {
        return "Secret Service (secret-tool)";
    }
}
