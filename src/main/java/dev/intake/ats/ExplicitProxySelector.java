package dev.intake.ats;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings' explicit proxy for every host except this computer: the built-in sandbox and an {@code http://localhost}
 * profile are reached directly, so their plain-HTTP traffic (API key included) never travels to the proxy.
 */
final class ExplicitProxySelector extends ProxySelector {
    private final Proxy proxy;

    ExplicitProxySelector(String host, int port) {
        this.proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(Objects.requireNonNull(host), port));
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return EnvironmentProxy.isLoopback(host) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // One proxy and no alternative to offer: OkHttp reports the failure to the caller.
    }
}
