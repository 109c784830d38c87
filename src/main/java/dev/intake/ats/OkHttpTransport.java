package dev.intake.ats;

import java.net.Proxy;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Applies a {@link ProxyConfig} to an OkHttp client. TLS settings are left at OkHttp's defaults on purpose: the
 * platform trust store and hostname verification always apply.
 */
public final class OkHttpTransport {
    private static final String PROXY_AUTHORIZATION = "Proxy-Authorization";

    private OkHttpTransport() {
    }

    /**
     * Routes {@code builder}'s traffic as {@code config} says; this computer (loopback) is always reached directly,
     * whatever the proxy settings. {@code password} is asked only when the proxy
     * challenges, on OkHttp's thread, so a slow credential store never blocks the caller.
     */
    public static OkHttpClient.Builder applyProxy(OkHttpClient.Builder builder, ProxyConfig config,
            Supplier<Optional<String>> password) {
        return applyProxy(builder, config, password, System.getenv());
    }

    /** As above, with the proxy variables ({@code https_proxy}, ...) read from {@code environment}. */
    static OkHttpClient.Builder applyProxy(OkHttpClient.Builder builder, ProxyConfig config,
            Supplier<Optional<String>> password, Map<String, String> environment) {
        return switch (config.mode()) {
            case SYSTEM -> {
                EnvironmentProxy selector = EnvironmentProxy.from(environment, systemSelector());
                builder.proxySelector(selector);
                List<EnvironmentProxy.Entry> withCredentials = selector.withCredentials();
                if (!withCredentials.isEmpty()) {
                    builder.proxyAuthenticator(environmentProxyAuth(withCredentials));
                }
                yield builder;
            }
            case DIRECT -> builder.proxy(Proxy.NO_PROXY);
            case EXPLICIT -> {
                builder.proxySelector(new ExplicitProxySelector(config.host(), config.port()));
                if (config.hasCredentials()) {
                    builder.proxyAuthenticator(basicProxyAuth(config.user(), password));
                }
                yield builder;
            }
        };
    }

    /**
     * Lets Java read the desktop's proxy settings (GNOME, macOS, Windows) instead of only the {@code http.proxy*}
     * system properties. Call before anything touches the network: the JDK reads this flag once.
     */
    public static void useDesktopProxySettings() {
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
    }

    private static ProxySelector systemSelector() {
        ProxySelector selector = ProxySelector.getDefault();
        return selector != null ? selector : ProxySelector.of(null);
    }

    /** Answers a challenge from one of the environment's proxies with the credentials its variable gave. */
    private static Authenticator environmentProxyAuth(List<EnvironmentProxy.Entry> proxies) {
        return (route, response) -> {
            if (route == null) {
                return null;
            }
            for (EnvironmentProxy.Entry proxy : proxies) {
                if (proxy.isAt(route.proxy().address())) {
                    return basicProxyAuth(proxy.user, () -> Optional.of(proxy.password)).authenticate(route,
                            response);
                }
            }
            return null;
        };
    }

    private static Authenticator basicProxyAuth(String user, Supplier<Optional<String>> password) {
        return (route, response) -> {
            Request request = response.request();
            if (request.header(PROXY_AUTHORIZATION) != null) {
                return null; // these credentials were already refused: asking again would loop
            }
            return password.get()
                    .map(secret -> request.newBuilder()
                            .header(PROXY_AUTHORIZATION, Credentials.basic(user, secret, StandardCharsets.UTF_8))
                            .build())
                    .orElse(null);
        };
    }
}
