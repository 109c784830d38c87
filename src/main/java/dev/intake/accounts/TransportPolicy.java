package dev.intake.accounts;

import dev.intake.common.UserMessage;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which base URLs Intake may send an API key to: HTTPS everywhere, plain HTTP only to this computer (the embedded
 * sandbox). Certificate checks are never relaxed anywhere in Intake, so HTTPS here always means verified HTTPS.
 */
public final class TransportPolicy {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private TransportPolicy() {
    }

    /** Trimmed, without a trailing slash: the form profiles store. */
    public static String normalize(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** Why Intake refuses {@code baseUrl}, or empty when it is allowed. */
    public static Optional<UserMessage> problem(String baseUrl) {
        String url = normalize(baseUrl);
        if (url.isEmpty()) {
            return Optional.of(UserMessage.of("transport.url.empty"));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(UserMessage.of("transport.url.malformed", url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of(UserMessage.of("transport.url.malformed", url));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(UserMessage.of("transport.url.malformed", url));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(UserMessage.of("transport.url.credentials"));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(UserMessage.of("transport.url.query", url));
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            return Optional.of(UserMessage.of("transport.url.httpsRequired", uri.getHost()));
        }
        return Optional.empty();
    }

    /** The normalised URL, or an {@link IllegalArgumentException} whose message says what to fix. */
    public static String requireAllowed(String baseUrl) {
        Optional<UserMessage> problem = problem(baseUrl);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().english());
        }
        return normalize(baseUrl);
    }

    /** Only names that cannot leave this computer: no DNS lookup decides what counts as local. */
    public static boolean isLoopback(String host) {
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }
}
