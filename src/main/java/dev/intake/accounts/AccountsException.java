package dev.intake.accounts;

import dev.intake.common.UserMessage;

/** A profile operation failed or is not allowed; the message says what happened and what to do. */
public class AccountsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage userMessage;

    public AccountsException(UserMessage userMessage) {
        this(userMessage, null);
    }

    public AccountsException(UserMessage userMessage, Throwable cause) {
        super(userMessage.english(), cause);
        this.userMessage = userMessage;
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
