package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proxy variables as curl and most Linux tools read them. */
class EnvironmentProxyTest {
    private static final Proxy DESKTOP = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("desktop", 1));
    private static final ProxySelector DESKTOP_SELECTOR = ProxySelector.of(
            InetSocketAddress.createUnresolved("desktop", 1));

    private static String route(Map<String, String> environment, String url) {
        List<Proxy> proxies = EnvironmentProxy.from(environment, DESKTOP_SELECTOR).select(URI.create(url));
        Proxy first = proxies.getFirst();
        if (first.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress address = (InetSocketAddress) first.address();
        return address.getHostString() + ":" + address.getPort();
    }

    @Test
    void httpsTrafficUsesHttpsProxyAndPlainTrafficHttpProxy() {
        Map<String, String> environment = Map.of("https_proxy", "http://secure.corp:3128",
                "http_proxy", "plain.corp:8080");
        assertEquals("secure.corp:3128", route(environment, "https://api.stackone.com/unified/ats/jobs"));
        assertEquals("plain.corp:8080", route(environment, "http://ats.example.test/x"));
    }

    @Test
    void lowerCaseWinsAndEmptyCountsAsUnset() {
        assertEquals("lower:1", route(Map.of("https_proxy", "lower:1", "HTTPS_PROXY", "upper:2"),
                "https://api.stackone.com/"));
        assertEquals("upper:2", route(Map.of("https_proxy", " ", "HTTPS_PROXY", "upper:2"),
                "https://api.stackone.com/"));
    }

    @Test
    void withoutVariablesTheDesktopSettingsDecide() {
        assertEquals("desktop:1", route(Map.of(), "https://api.stackone.com/"));
        assertEquals("desktop:1", route(Map.of("http_proxy", "plain.corp:8080"), "https://api.stackone.com/"));
    }

    @Test
    void noProxyListsHostsAndDomainsThatAreReachedDirectly() {
        Map<String, String> environment = Map.of("https_proxy", "corp:3128",
                "NO_PROXY", "internal.example, .stackone.com,*.corp.test,ats.local:8443");
        assertEquals("direct", route(environment, "https://internal.example/"));
        assertEquals("direct", route(environment, "https://api.stackone.com/"));
        assertEquals("direct", route(environment, "https://stackone.com/"));
        assertEquals("direct", route(environment, "https://x.corp.test/"));
        assertEquals("direct", route(environment, "https://ats.local/"));
        assertEquals("corp:3128", route(environment, "https://notstackone.com/"));
        assertEquals("direct", route(Map.of("https_proxy", "corp:3128", "no_proxy", "*"), "https://a.b/"));
    }

    @Test
    void theBuiltInSandboxOnLoopbackIsAlwaysDirect() {
        Map<String, String> environment = Map.of("http_proxy", "corp:3128", "https_proxy", "corp:3128");
        assertEquals("direct", route(environment, "http://127.0.0.1:40409/unified/ats/jobs"));
        assertEquals("direct", route(environment, "http://localhost:40409/"));
        assertEquals("direct", route(environment, "http://[::1]:40409/"));
    }

    @Test
    void credentialsAreReadDecodedAndNeverShown() {
        EnvironmentProxy.Entry entry = EnvironmentProxy.parse("https_proxy",
                "http://jane%40corp:p%40ss:w0rd@proxy.corp:3128/").orElseThrow();
        assertTrue(entry.hasCredentials());
        assertEquals("jane@corp", entry.user);
        assertEquals("p@ss:w0rd", entry.password);
        assertFalse(entry.toString().contains("w0rd"), entry.toString());
        assertEquals(3128, entry.port);
    }

    @Test
    void whatIsNotAnHttpProxyIsNotUsed() {
        assertTrue(EnvironmentProxy.parse("https_proxy", "socks5://proxy.corp:1080").isEmpty());
        assertTrue(EnvironmentProxy.parse("https_proxy", "http://proxy.corp:notaport").isEmpty());
        assertTrue(EnvironmentProxy.parse("https_proxy", "http://:3128").isEmpty());
        assertEquals("desktop:1", route(Map.of("https_proxy", "socks5://proxy.corp:1080"),
                "https://api.stackone.com/"));
        assertEquals(80, EnvironmentProxy.parse("http_proxy", "proxy.corp").orElseThrow().port);
    }
}
