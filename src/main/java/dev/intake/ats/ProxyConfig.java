package dev.intake.ats;

import dev.intake.common.UserMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * How Intake reaches the internet: through the system's proxy settings (the default), directly, or through an
 * explicit HTTP proxy. The proxy password is not here: it lives in the {@link CredentialStore} under
 * {@link CredentialStore#PROXY_PASSWORD}.
 */
public record ProxyConfig(Mode mode, String host, int port, String user) {
    public enum Mode { SYSTEM, DIRECT, EXPLICIT }

    public static final ProxyConfig SYSTEM = new ProxyConfig(Mode.SYSTEM, null, 0, null);
    public static final ProxyConfig DIRECT = new ProxyConfig(Mode.DIRECT, null, 0, null);

    public ProxyConfig {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.EXPLICIT) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException(UserMessage.of("proxy.host.empty").english());
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(UserMessage.of("proxy.port.invalid", port).english());
            }
            host = host.strip();
            user = user == null || user.isBlank() ? null : user.strip();
        } else {
            host = null;
            port = 0;
            user = null;
        }
    }

    public static ProxyConfig explicit(String host, int port, String user) {
        return new ProxyConfig(Mode.EXPLICIT, host, port, user);
    }

    /** Whether the proxy asks for a user name and password. */
    public boolean hasCredentials() {
        return mode == Mode.EXPLICIT && user != null;
    }

    /** Why a host and port typed by the user do not make a proxy, or empty when they do. */
    public static Optional<UserMessage> hostProblem(String host) {
        return host == null || host.isBlank() || host.strip().contains(" ")
                ? Optional.of(UserMessage.of("proxy.host.empty")) : Optional.empty();
    }

    public static Optional<UserMessage> portProblem(String port) {
        try {
            int value = Integer.parseInt(port == null ? "" : port.strip());
            return value >= 1 && value <= 65535 ? Optional.empty()
                    : Optional.of(UserMessage.of("proxy.port.invalid", port.strip()));
        } catch (NumberFormatException e) {
            return Optional.of(UserMessage.of("proxy.port.invalid", port == null ? "" : port.strip()));
        }
    }

    /** For diagnostics: never includes a password. */
    public String describe() {
        return switch (mode) {
            case SYSTEM -> "system proxy settings";
            case DIRECT -> "no proxy";
            case EXPLICIT -> "proxy " + host + ":" + port + (user == null ? "" : " as " + user);
        };
    }
}
