package dev.intake.accounts;

import dev.intake.common.UserMessage;

/** A managed-install option or config file is wrong; the message names the option or file and the fix. */
public final class ManagedConfigException extends AccountsException {
    private static final long serialVersionUID = 1L;

    public ManagedConfigException(UserMessage userMessage) {
        super(userMessage);
    }
}
