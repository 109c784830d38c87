package dev.intake.accounts;

import dev.intake.common.UserMessage;
import java.util.Map;

/** Typed values break {@link ProfileValidator}'s rules; {@link #problems()} says which field and why. */
public final class ProfileValidationException extends AccountsException {
    private static final long serialVersionUID = 1L;
    private final transient Map<ProfileValidator.Field, UserMessage> problems;

    public ProfileValidationException(Map<ProfileValidator.Field, UserMessage> problems) {
        super(problems.values().iterator().next());
        this.problems = Map.copyOf(problems);
    }

    public Map<ProfileValidator.Field, UserMessage> problems() {
        return problems;
    }
}
