package dev.intake.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An OS credential store driven through its command-line tool. Subclasses only say which commands to run and how to
 * read their answers; every write is read back, because some tools report success without having stored anything.
 */
abstract sealed class CommandCredentialStore implements CredentialStore
        permits SecretToolCredentialStore, MacKeychainCredentialStore, WindowsCredentialStore {
    /** The service (Linux, macOS) or resource (Windows) under which Intake files its secrets. */
    static final String SERVICE = "dev.intake";

    private final CommandRunner runner;
    private final String toolName;
    /** Path of the tool, first word of every command. */
    final String executable;

    CommandCredentialStore(CommandRunner runner, String toolName, String executable) {
        this.runner = runner;
        this.toolName = toolName;
        this.executable = executable;
    }

    /** A program call and what to feed it. */
    record Invocation(List<String> command, String stdin) {
        @Override
        public String toString() {
            return "Invocation" + command; // stdin holds the secret
        }
    }

    /** How to store: the secret must travel in {@link Invocation#stdin()}, never in the command. */
    abstract Invocation storeInvocation(String name, String secret);

    /** Prints the secret on stdout. */
    abstract List<String> lookupCommand(String name);

    abstract List<String> clearCommand(String name);

    @Override
    public final Optional<String> get(String name) {
        CredentialStore.requireValidName(name);
        return lookup(name);
    }

    @Override
    public final void put(String name, String secret) {
        CredentialStore.requireValidName(name);
        CredentialStore.requireSecret(secret);
        Invocation store = storeInvocation(name, secret);
        CommandRunner.Result result = run(store.command(), store.stdin());
        if (result.exitCode() != 0) {
            throw failure("store", result);
        }
        if (!secret.equals(lookup(name).orElse(null))) {
            throw new CredentialStoreException(toolName + " reported success but the secret could not be read back."
                    + " Fix: unlock the keyring or credential store and try again.");
        }
    }

    @Override
    public final void delete(String name) {
        CredentialStore.requireValidName(name);
        CommandRunner.Result result = run(clearCommand(name), "");
        if (result.exitCode() != 0 && !isNotFound(result)) {
            throw failure("delete", result);
        }
    }

    /** Whether a failed lookup or delete means "no such secret" rather than trouble. */
    abstract boolean isNotFound(CommandRunner.Result result);

    /** The secret, or empty when the tool says there is none. */
    private Optional<String> lookup(String name) {
        return secretFrom(run(lookupCommand(name), ""));
    }

    private CommandRunner.Result run(List<String> command, String stdin) {
        try {
            return runner.run(command, stdin);
        } catch (IOException e) {
            throw new CredentialStoreException(toolName + " could not be run: " + e.getMessage(), e);
        }
    }

    private Optional<String> secretFrom(CommandRunner.Result result) {
        if (result.exitCode() == 0) {
            String secret = stripOneLineBreak(result.stdout());
            return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
        }
        if (isNotFound(result)) {
            return Optional.empty();
        }
        throw failure("read", result);
    }

    private CredentialStoreException failure(String action, CommandRunner.Result result) {
        String detail = result.stderr().strip();
        return new CredentialStoreException(toolName + " could not " + action + " the secret (exit "
                + result.exitCode() + (detail.isEmpty() ? "" : ": " + detail) + ")."
                + " Fix: unlock the keyring or credential store, or remove the tool to use the protected file.");
    }

    /** Tools end their answer with one line break when printing to a terminal, and some always do. */
    private static String stripOneLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
