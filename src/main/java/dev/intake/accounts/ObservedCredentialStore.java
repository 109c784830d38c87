package dev.intake.accounts;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tells {@code onSecret} about every secret read or written, so the log redactor knows each key before anything can
 * log it. Wrap the application's store once at start.
 */
public final class ObservedCredentialStore implements CredentialStore {
    private final CredentialStore delegate;
    private final Consumer<String> onSecret;

    public ObservedCredentialStore(CredentialStore delegate, Consumer<String> onSecret) {
        this.delegate = delegate;
        this.onSecret = onSecret;
    }

    @Override
    public Optional<String> get(String name) {
        Optional<String> secret = delegate.get(name);
        secret.ifPresent(onSecret);
        return secret;
    }

    @Override
    public void put(String name, String secret) {
        onSecret.accept(secret);
        delegate.put(name, secret);
    }

    @Override
    public void delete(String name) {
        delegate.delete(name);
    }

    @Override
    public String description() {
        return delegate.description();
    }
}
