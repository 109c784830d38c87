package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A MockWebServer plays the corporate proxy and shows what reaches it. */
class OkHttpTransportTest {
    private static final String PROXY_PASSWORD = "pr0xy-Pa55word";
    private final MockWebServer proxy = new MockWebServer();
    private final AtomicInteger passwordLookups = new AtomicInteger();

    @BeforeEach
    void startProxy() throws IOException {
        proxy.start();
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    private OkHttpClient client(ProxyConfig config) {
        return OkHttpTransport.applyProxy(new OkHttpClient.Builder(), config, () -> {
            passwordLookups.incrementAndGet();
            return Optional.of(PROXY_PASSWORD);
        }).build();
    }

    private ProxyConfig explicitProxy(String user) {
        return ProxyConfig.explicit(proxy.getHostName(), proxy.getPort(), user);
    }

    private static String get(OkHttpClient client, String url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.code() + " " + response.body().string();
        }
    }

    @Test
    void requestsGoThroughTheExplicitProxyWhichGetsCredentialsWhenItAsks() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(407)
                .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        proxy.enqueue(new MockResponse.Builder().code(200).body("via proxy").build());

        assertEquals("200 via proxy", get(client(explicitProxy("jane")), "http://ats.example.test/unified/ats/jobs"));

        RecordedRequest challenged = proxy.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("http://ats.example.test/unified/ats/jobs", challenged.getTarget());
        assertNull(challenged.getHeaders().get("Proxy-Authorization"));
        RecordedRequest answered = proxy.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(Credentials.basic("jane", PROXY_PASSWORD, StandardCharsets.UTF_8),
                answered.getHeaders().get("Proxy-Authorization"));
        assertEquals(1, passwordLookups.get());
    }

    @Test
    void refusedProxyCredentialsAreNotRetriedForever() throws Exception {
        for (int i = 0; i < 3; i++) {
            proxy.enqueue(new MockResponse.Builder().code(407)
                    .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        }
        assertEquals("407 ", get(client(explicitProxy("jane")), "http://ats.example.test/unified/ats/jobs"));
        assertEquals(2, proxy.getRequestCount(), "one try without and one with credentials");
    }

    @Test
    void httpsTrafficOpensATunnelAtTheProxy() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(407)
                .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        proxy.enqueue(new MockResponse.Builder().code(403).build());
        proxy.enqueue(new MockResponse.Builder().code(403).build());

        assertThrows(IOException.class, () -> get(client(explicitProxy("jane")),
                "https://api.stackone.example/unified/ats/locations"));

        List<RecordedRequest> seen = new ArrayList<>();
        for (int i = proxy.getRequestCount(); i > 0; i--) {
            seen.add(proxy.takeRequest(5, TimeUnit.SECONDS));
        }
        assertFalse(seen.isEmpty());
        for (RecordedRequest request : seen) {
            assertEquals("CONNECT", request.getMethod());
            assertEquals("api.stackone.example:443", request.getTarget());
        }
        assertEquals(Credentials.basic("jane", PROXY_PASSWORD, StandardCharsets.UTF_8),
                seen.getLast().getHeaders().get("Proxy-Authorization"));
    }

    @Test
    void systemProxySettingsAreHonoured() throws Exception {
        ProxySelector saved = ProxySelector.getDefault();
        ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress(proxy.getHostName(), proxy.getPort())));
        try {
            proxy.enqueue(new MockResponse.Builder().code(200).body("via system proxy").build());
            assertEquals("200 via system proxy", get(client(ProxyConfig.SYSTEM), "http://ats.example.test/x"));
            assertEquals("http://ats.example.test/x", proxy.takeRequest(5, TimeUnit.SECONDS).getTarget());
        } finally {
            ProxySelector.setDefault(saved);
        }
    }

    @Test
    void theEnvironmentsProxyIsUsedWithItsOwnCredentialsAndLoopbackStaysDirect() throws Exception {
        String password = "env-Pa55";
        Map<String, String> environment = Map.of("http_proxy",
                "http://jane:" + password + "@" + proxy.getHostName() + ":" + proxy.getPort());
        OkHttpClient client = OkHttpTransport.applyProxy(new OkHttpClient.Builder(), ProxyConfig.SYSTEM,
                () -> {
                    passwordLookups.incrementAndGet();
                    return Optional.empty();
                }, environment).build();
        proxy.enqueue(new MockResponse.Builder().code(407)
                .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        proxy.enqueue(new MockResponse.Builder().code(200).body("via env proxy").build());

        assertEquals("200 via env proxy", get(client, "http://ats.example.test/unified/ats/jobs"));
        assertNull(proxy.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Proxy-Authorization"));
        assertEquals(Credentials.basic("jane", password, StandardCharsets.UTF_8),
                proxy.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Proxy-Authorization"));
        assertEquals(0, passwordLookups.get(), "the settings' proxy password is not what the environment's proxy gets");

        try (MockWebServer sandbox = new MockWebServer()) {
            sandbox.start(java.net.InetAddress.getLoopbackAddress(), 0);
            sandbox.enqueue(new MockResponse.Builder().code(200).body("direct").build());
            assertEquals("200 direct", get(client, sandbox.url("/unified/ats/jobs").toString()));
            assertEquals(1, sandbox.getRequestCount());
            assertEquals(2, proxy.getRequestCount(), "the sandbox on loopback is not sent to the proxy");
        }
    }

    @Test
    void withAnExplicitProxyThisComputerIsReachedDirectlyAndTheProxySeesNoKey() throws Exception {
        OkHttpClient client = client(explicitProxy("jane"));
        try (MockWebServer sandbox = new MockWebServer()) {
            sandbox.start(java.net.InetAddress.getLoopbackAddress(), 0);
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                sandbox.enqueue(new MockResponse.Builder().code(200).body("direct").build());
                Request request = new Request.Builder()
                        .url("http://" + host + ":" + sandbox.getPort() + "/unified/ats/jobs")
                        .header("Authorization", Credentials.basic("local-api-key", "")).build();
                try (Response response = client.newCall(request).execute()) {
                    assertEquals("200 direct", response.code() + " " + response.body().string(), host);
                }
            }
            assertEquals(2, sandbox.getRequestCount());
        }
        assertEquals(0, proxy.getRequestCount(), "nothing for this computer goes to the proxy");
        assertEquals(0, passwordLookups.get());
    }

    @Test
    void everyLoopbackFormBypassesTheExplicitProxyAndOtherHostsDoNot() {
        ExplicitProxySelector selector = new ExplicitProxySelector("proxy.corp.example", 3128);
        for (String url : new String[] {"http://localhost:8080/", "http://LOCALHOST/", "http://127.0.0.1:4010/",
            "http://127.8.9.10/", "http://[::1]:9000/", "https://localhost/"}) {
            assertEquals(List.of(java.net.Proxy.NO_PROXY), selector.select(java.net.URI.create(url)), url);
        }
        for (String url : new String[] {"https://api.stackone.com/", "http://10.0.0.1/", "http://192.168.1.20/",
            "http://localhost.example.com/", "http://128.0.0.1/"}) {
            assertEquals(java.net.Proxy.Type.HTTP, selector.select(java.net.URI.create(url)).getFirst().type(), url);
        }
    }

    @Test
    void systemProxySettingsNeverTakeLoopbackTraffic() throws Exception {
        ProxySelector saved = ProxySelector.getDefault();
        ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress(proxy.getHostName(), proxy.getPort())));
        try (MockWebServer sandbox = new MockWebServer()) {
            sandbox.start(java.net.InetAddress.getLoopbackAddress(), 0);
            sandbox.enqueue(new MockResponse.Builder().code(200).body("direct").build());
            assertEquals("200 direct", get(client(ProxyConfig.SYSTEM), sandbox.url("/unified/ats/jobs").toString()));
            assertEquals(0, proxy.getRequestCount());
        } finally {
            ProxySelector.setDefault(saved);
        }
    }

    @Test
    void directModeIgnoresTheSystemProxy() throws Exception {
        ProxySelector saved = ProxySelector.getDefault();
        ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress(proxy.getHostName(), proxy.getPort())));
        try (MockWebServer target = new MockWebServer()) {
            target.start();
            target.enqueue(new MockResponse.Builder().code(200).body("direct").build());
            assertEquals("200 direct", get(client(ProxyConfig.DIRECT), target.url("/y").toString()));
            assertEquals(0, proxy.getRequestCount());
            assertEquals(1, target.getRequestCount());
        } finally {
            ProxySelector.setDefault(saved);
        }
    }
}
