package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import dev.intake.ats.OkHttpTransport;
import dev.intake.ats.ProxyConfig;

import dev.intake.ats.AtsConnection;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection test over real HTTP, with MockWebServer as StackOne. */
class ConnectionTesterHttpTest {
    private static final String KEY = "v1.test.K3y-abcdef";
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = OkHttpTransport.applyProxy(new OkHttpClient.Builder(), ProxyConfig.DIRECT,
            java.util.Optional::empty).connectTimeout(5, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS).build();
    private final ConnectionTester tester = new ConnectionTester(new MiniStackOneProbe(client));

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    @Test
    void connectedSendsKeyAsBasicAuthAndTheAccountHeader() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[]}").build());
        ConnectionReport report = tester.test(baseUrl(), "acct-7", "  " + KEY + "\n");

        assertEquals(ConnectionOutcome.CONNECTED, report.outcome());
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/unified/ats/locations?page_size=1", request.getTarget());
        assertEquals(Credentials.basic(KEY, "", StandardCharsets.UTF_8), request.getHeaders().get("Authorization"));
        assertEquals("acct-7", request.getHeaders().get("x-account-id"));
    }

    @Test
    void eachErrorStatusGetsItsOwnAnswer() {
        Map<Integer, ConnectionOutcome> expected = Map.of(401, ConnectionOutcome.WRONG_KEY,
                403, ConnectionOutcome.NO_ACCESS, 404, ConnectionOutcome.UNKNOWN_ACCOUNT,
                412, ConnectionOutcome.INTEGRATION_DISABLED, 429, ConnectionOutcome.RATE_LIMITED,
                500, ConnectionOutcome.SERVER_TROUBLE, 503, ConnectionOutcome.SERVER_TROUBLE);
        for (int status : List.of(401, 403, 404, 412, 429, 500, 503)) {
            server.enqueue(new MockResponse.Builder().code(status)
                    .body("{\"statusCode\":" + status + ",\"message\":\"no\"}").build());
            assertEquals(expected.get(status), tester.test(baseUrl(), "acct-7", KEY).outcome(), "HTTP " + status);
        }
    }

    @Test
    void serverDownIsNetworkTrouble() {
        String url = baseUrl();
        server.close();
        ConnectionReport report = tester.test(url, "acct-7", KEY);
        assertEquals(ConnectionOutcome.NETWORK_TROUBLE, report.outcome());
        assertEquals("connection.network.refused", report.message().key());
    }

    @Test
    void untrustedCertificateIsTlsTroubleAndNeverAccepted() throws Exception {
        server.close();
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(selfSignedContext().getSocketFactory());
            https.start();
            https.enqueue(new MockResponse.Builder().code(200).build());
            ConnectionReport report = tester.test(new AtsConnection("https://localhost:" + https.getPort(), KEY,
                    "acct-7"));
            assertEquals(ConnectionOutcome.TLS_TROUBLE, report.outcome(), report.message().english());
            assertEquals(0, https.getRequestCount(), "no request got through the failed handshake");
        }
    }

    /** A certificate nobody trusts, made with the JDK's keytool so no test-only TLS library is needed. */
    private SSLContext selfSignedContext() throws Exception {
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit",
                "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
