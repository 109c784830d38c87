package dev.intake.accounts;

import dev.intake.common.UserMessage;

/** Turns a failure of the accounts' services into words for the user. */
public final class AccountsFailures {
    private AccountsFailures() {
    }

    /**
     * What to tell the user about a failure: our exceptions carry their own message; anything else is named, never
     * dumped as a stack trace.
     */
    public static UserMessage describe(Throwable error) {
        if (error instanceof AccountsException accounts) {
            return accounts.userMessage();
        }
        if (error instanceof CredentialStoreException) {
            return UserMessage.of("profiles.credentialStoreFailed", error.getMessage());
        }
        return UserMessage.of("profiles.unexpected", error.getClass().getSimpleName());
    }
}
