package dev.intake.accounts;

import java.util.List;

/**
 * The macOS login keychain through {@code /usr/bin/security}. The write runs {@code security -i}, which reads its
 * command from stdin, so the secret never appears in the process list.
 */
final class MacKeychainCredentialStore extends CommandCredentialStore {
    /** {@code security} exits with errSecItemNotFound's low byte when there is no such item. */
    private static final int ITEM_NOT_FOUND = 44;

    MacKeychainCredentialStore(CommandRunner runner, String executable) {
        super(runner, "security", executable);
    }

    /** One interactive command line; {@code -U} updates an existing item instead of failing. */
    @Override
    Invocation storeInvocation(String name, String secret) {
        if (secret.chars().anyMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c))) {
            // The interactive parser has no escape for these: refuse rather than store something else.
            throw new CredentialStoreException("The macOS keychain tool cannot take a secret containing quotes,"
                    + " backslashes or line breaks; the protected file is used instead.");
        }
        return new Invocation(List.of(executable, "-i"), "add-generic-password -U -s " + SERVICE + " -a " + name
                + " -l \"Intake: " + name + "\" -w \"" + secret + "\"\n");
    }

    @Override
    List<String> lookupCommand(String name) {
        return List.of(executable, "find-generic-password", "-s", SERVICE, "-a", name, "-w");
    }

    @Override
    List<String> clearCommand(String name) {
        return List.of(executable, "delete-generic-password", "-s", SERVICE, "-a", name);
    }

    @Override
    boolean isNotFound(CommandRunner.Result result) {
        return result.exitCode() == ITEM_NOT_FOUND;
    }

    @Override
    public String description() {
        return "macOS keychain (security)";
    }
}
