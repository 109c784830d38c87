package dev.intake.accounts;

import dev.intake.common.UserMessage;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rules a profile must meet, field by field, so a form can show each problem under its field. */
public final class ProfileValidator {
    public static final int MAX_NAME_LENGTH = 60;

    public enum Field { NAME, BASE_URL, ACCOUNT_ID, API_KEY }

    private ProfileValidator() {
    }

    /**
     * Problems with the typed values. {@code apiKey} may be blank only when {@code keyAlreadyStored};
     * {@code otherNames} are the names of all other profiles (names must be unique, ignoring case).
     */
    public static Map<Field, UserMessage> validate(String name, String baseUrl, String accountId, String apiKey,
            boolean keyAlreadyStored, Collection<String> otherNames) {
        Map<Field, UserMessage> problems = new EnumMap<>(Field.class);
        nameProblem(name, otherNames).ifPresent(p -> problems.put(Field.NAME, p));
        TransportPolicy.problem(baseUrl).ifPresent(p -> problems.put(Field.BASE_URL, p));
        accountIdProblem(accountId).ifPresent(p -> problems.put(Field.ACCOUNT_ID, p));
        boolean keepStoredKey = keyAlreadyStored && (apiKey == null || apiKey.isBlank());
        if (!keepStoredKey) {
            ApiKeys.problem(apiKey).ifPresent(p -> problems.put(Field.API_KEY, p));
        }
        return problems;
    }

    public static Optional<UserMessage> nameProblem(String name, Collection<String> otherNames) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(UserMessage.of("profiles.name.empty"));
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            return Optional.of(UserMessage.of("profiles.name.tooLong", MAX_NAME_LENGTH));
        }
        String folded = trimmed.toLowerCase(Locale.ROOT);
        if (otherNames.stream().anyMatch(other -> other.strip().toLowerCase(Locale.ROOT).equals(folded))) {
            return Optional.of(UserMessage.of("profiles.name.taken", trimmed));
        }
        return Optional.empty();
    }

    public static Optional<UserMessage> accountIdProblem(String accountId) {
        String trimmed = accountId == null ? "" : accountId.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(UserMessage.of("profiles.accountId.empty"));
        }
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(UserMessage.of("profiles.accountId.spaces"));
        }
        return Optional.empty();
    }
}
