package dev.intake.accounts;

import dev.intake.common.UserMessage;
import java.util.Optional;

/** What counts as a usable API key: pasted text with surrounding spaces and line breaks removed. */
public final class ApiKeys {
    /** Far above any real key; a longer paste is almost certainly the wrong clipboard content. */
    public static final int MAX_LENGTH = 4096;

    private ApiKeys() {
    }

    /** The key as it will be stored and sent, or an {@link InvalidApiKeyException} saying what to fix. */
    public static String normalize(String raw) {
        Optional<UserMessage> problem = problem(raw);
        if (problem.isPresent()) {
            throw new InvalidApiKeyException(problem.get());
        }
        return raw.strip();
    }

    /** Why {@code raw} cannot be used as a key, or empty when it can (after trimming). */
    public static Optional<UserMessage> problem(String raw) {
        String key = raw == null ? "" : raw.strip();
        if (key.isEmpty()) {
            return Optional.of(UserMessage.of("credentials.key.empty"));
        }
        if (key.length() > MAX_LENGTH) {
            return Optional.of(UserMessage.of("credentials.key.tooLong", MAX_LENGTH));
        }
        // A key with a break in the middle was split by an e-mail or a chat window: joining the pieces silently
        // could send a key the user never had, so the user pastes it again.
        if (key.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of(UserMessage.of("credentials.key.innerSpace"));
        }
        return Optional.empty();
    }

    /** An unusable key; the message says what to fix and never contains the key. */
    public static final class InvalidApiKeyException extends AccountsException {
        private static final long serialVersionUID = 1L;

        public InvalidApiKeyException(UserMessage userMessage) {
            super(userMessage);
        }
    }
}
