package dev.intake.ats;

import dev.intake.common.Lazy;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client that every profile's calls go through, behind the configured proxy, made by the first call
 * that needs it (or by {@link #make}) rather than when Intake starts: setting up TLS, reading and parsing the
 * system's certificate authorities, takes about 0.1 s. Keeps OkHttp inside this package: callers see connections
 * and clients, never the HTTP library.
 */
public final class HttpTransport {
    private final Lazy<OkHttpClient> http;

    private HttpTransport(Lazy<OkHttpClient> http) {
        this.http = http;
    }

    /** Routed as {@code proxy} says; {@code proxyPassword} is asked only when the proxy challenges. */
    public static HttpTransport behind(ProxyConfig proxy, Supplier<Optional<String>> proxyPassword) {
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(proxyPassword, "proxyPassword");
        return new HttpTransport(Lazy.of(() -> OkHttpTransport.applyProxy(HttpClients.shared().newBuilder(), proxy,
                proxyPassword).build()));
    }

    /** Over {@code http}, as it is: for tests and tools that build their own client. */
    public static HttpTransport over(Supplier<OkHttpClient> http) {
        Objects.requireNonNull(http, "http");
        return new HttpTransport(Lazy.of(http));
    }

    /** StackOne's client for {@code connection}, sharing this transport's connection pool. */
    public Ats client(AtsConnection connection) {
        return new StackOneClient(connection, http);
    }

    /** Whether the HTTP client has been made yet. */
    public boolean isMade() {
        return http.isMade();
    }

    /** Makes the HTTP client now, if no call has yet. Blocking: call off the UI thread. */
    public void make() {
        http.get();
    }
}
