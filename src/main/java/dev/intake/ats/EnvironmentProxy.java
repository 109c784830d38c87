package dev.intake.ats;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "Use the system's proxy" including the proxy the environment names: {@code https_proxy}, {@code http_proxy}
 * and {@code no_proxy} (also upper-case), which curl, package managers and most Linux tools read but Java ignores.
 * Where the environment names a proxy for a URL's scheme it is used; otherwise the desktop's settings decide.
 * Loopback addresses (the built-in sandbox) are always reached directly.
 */
final class EnvironmentProxy extends ProxySelector {
    private static final System.Logger LOG = System.getLogger(EnvironmentProxy.class.getName());

    /** One proxy from the environment; the password never appears in {@link #toString()}. */
    static final class Entry {
        final String host;
        final int port;
        final String user;
        final String password;

        private Entry(String host, int port, String user, String password) {
            this.host = host;
            this.port = port;
            this.user = user;
            this.password = password;
        }

        boolean hasCredentials() {
            return user != null && password != null;
        }

        boolean isAt(SocketAddress address) {
            return address instanceof InetSocketAddress inet && inet.getPort() == port
                    && host.equalsIgnoreCase(inet.getHostString());
        }

        Proxy proxy() {
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        }

        @Override
        public String toString() {
            return host + ":" + port + (user == null ? "" : " (user " + user + ")");
        }
    }

    private final Optional<Entry> https;
    private final Optional<Entry> http;
    private final List<String> noProxy;
    private final ProxySelector fallback;

    private EnvironmentProxy(Optional<Entry> https, Optional<Entry> http, List<String> noProxy,
            ProxySelector fallback) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
        this.fallback = Objects.requireNonNull(fallback);
    }

    static EnvironmentProxy from(Map<String, String> environment, ProxySelector fallback) {
        return new EnvironmentProxy(entry(environment, "https_proxy"), entry(environment, "http_proxy"),
                noProxyList(variable(environment, "no_proxy")), fallback);
    }

    /** The environment's proxies that ask for a password, for answering their challenges. */
    List<Entry> withCredentials() {
        return Stream.of(https, http).flatMap(Optional::stream).filter(Entry::hasCredentials)
                .toList();
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (isLoopback(host) || excluded(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        Optional<Entry> named = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
        return named.map(entry -> List.of(entry.proxy())).orElseGet(() -> fallback.select(uri));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        fallback.connectFailed(uri, address, failure);
    }

    private boolean excluded(String host) {
        for (String pattern : noProxy) {
            if (pattern.equals("*") || host.equals(pattern) || host.endsWith("." + pattern)) {
                return true;
            }
        }
        return false;
    }

    /** {@code localhost} (and its sub-names) or a literal loopback address; {@code host} in lower case. */
    static boolean isLoopback(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        // Only literal addresses: looking a name up here would block on DNS.
        if (host.isEmpty() || !(Character.isDigit(host.charAt(0)) || host.startsWith("["))) {
            return false;
        }
        try {
            return InetAddress.ofLiteral(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** Lower-case first, as curl does; an empty value counts as unset. */
    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank())
                .or(() -> Optional.ofNullable(environment.get(name.toUpperCase(Locale.ROOT)))
                        .filter(value -> !value.isBlank()))
                .map(String::strip);
    }

    private static Optional<Entry> entry(Map<String, String> environment, String name) {
        return variable(environment, name).flatMap(value -> parse(name, value));
    }

    /** {@code [http://][user[:password]@]host[:port][/]}; anything else is skipped with a note in the log. */
    static Optional<Entry> parse(String name, String value) {
        String rest = value;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            String kind = rest.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (!kind.equals("http")) {
                LOG.log(System.Logger.Level.WARNING, "{0} names a {1} proxy; only HTTP proxies are supported, so "
                        + "it is not used", name, kind);
                return Optional.empty();
            }
            rest = rest.substring(scheme + 3);
        }
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            user = decode(colon >= 0 ? credentials.substring(0, colon) : credentials);
            password = colon >= 0 ? decode(credentials.substring(colon + 1)) : null;
        }
        String host = rest;
        int port = 80;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && !rest.endsWith("]")) {
            host = rest.substring(0, colon);
            try {
                port = Integer.parseInt(rest.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
        }
        if (host.isEmpty() || ProxyConfig.hostProblem(host).isPresent() || port < 1 || port > 65_535) {
            // The value is not logged: it may hold a password.
            LOG.log(System.Logger.Level.WARNING, "{0} is not of the form http://host:port, so it is not used", name);
            return Optional.empty();
        }
        return Optional.of(new Entry(host, port, user, password));
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<String> noProxyList(Optional<String> value) {
        return value.map(list -> Arrays.stream(list.split(","))
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .map(entry -> entry.startsWith("*.") ? entry.substring(2) : entry)
                .map(entry -> entry.startsWith(".") ? entry.substring(1) : entry)
                .map(EnvironmentProxy::withoutPort)
                .filter(entry -> !entry.isEmpty())
                .toList()).orElse(List.of());
    }

    /** "host:8443" matches the host on any port (as curl does); an IPv6 address keeps its colons. */
    private static String withoutPort(String entry) {
        int colon = entry.indexOf(':');
        return colon >= 0 && colon == entry.lastIndexOf(':') ? entry.substring(0, colon) : entry;
    }
}
