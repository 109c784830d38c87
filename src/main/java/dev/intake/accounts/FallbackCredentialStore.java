package dev.intake.accounts;

import java.util.Optional;

/**
 * Uses the OS store and falls back to the protected file when the OS store fails (locked keyring, no D-Bus session,
 * a tool that refuses the secret). After the first failure the OS store is left alone for the rest of the run, so a
 * broken keyring costs one timeout, not one per lookup.
 */
public final class FallbackCredentialStore implements CredentialStore {
    private static final System.Logger LOG = System.getLogger(FallbackCredentialStore.class.getName());

    private final CredentialStore primary;
    private final CredentialStore fallback;
    private volatile boolean primaryBroken;

    public FallbackCredentialStore(CredentialStore primary, CredentialStore fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public Optional<String> get(String name) {
        if (!primaryBroken) {
            try {
                Optional<String> secret = primary.get(name);
                if (secret.isPresent()) {
                    return secret;
                }
            } catch (CredentialStoreException e) {
                giveUpOnPrimary(e);
            }
        }
        return fallback.get(name);
    }

    @Override
    public void put(String name, String secret) {
        if (!primaryBroken) {
            try {
                primary.put(name, secret);
                // A copy left in the file by an earlier failure would be stale: remove it.
                fallback.delete(name);
                return;
            } catch (CredentialStoreException e) {
                giveUpOnPrimary(e);
            }
        }
        fallback.put(name, secret);
    }

    @Override
    public void delete(String name) {
        if (!primaryBroken) {
            try {
                primary.delete(name);
            } catch (CredentialStoreException e) {
                giveUpOnPrimary(e);
            }
        }
        fallback.delete(name);
    }

    @Override
    public String description() {
        return primaryBroken ? fallback.description() + " (" + primary.description() + " failed)"
                : primary.description() + ", else " + fallback.description();
    }

    private void giveUpOnPrimary(CredentialStoreException e) {
        primaryBroken = true;
        LOG.log(System.Logger.Level.WARNING, "Falling back to the credential file: " + e.getMessage());
    }
}
