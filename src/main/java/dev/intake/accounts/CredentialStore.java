package dev.intake.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where secrets (API keys, the proxy password) live, apart from profiles and all other data. Every method may block
 * on a file or an external program: call it off the UI thread. Failures throw {@link CredentialStoreException}.
 */
public interface CredentialStore {
    /** Name of the explicit proxy's password. */
    String PROXY_PASSWORD = "proxy";

    /** Names are our own identifiers; a fixed alphabet keeps them safe inside commands and scripts. */
    Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** The name under which a profile's API key is kept. */
    static String apiKeyName(String profileId) {
        return "profile." + profileId;
    }

    Optional<String> get(String name);

    /** Stores a non-empty secret exactly as given (API keys are normalised by {@link ApiKeys} first). */
    void put(String name, String secret);

    /** Removes the secret; removing an absent one is not an error. */
    void delete(String name);

    /** Where secrets go, in words for diagnostics, e.g. "Secret Service (secret-tool)". Never a secret. */
    String description();

    static void requireValidName(String name) {
        if (name == null || !VALID_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Credential name must match " + VALID_NAME + ": " + name);
        }
    }

    static void requireSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("An empty secret cannot be stored");
        }
    }
}
