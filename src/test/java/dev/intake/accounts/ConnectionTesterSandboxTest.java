package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import dev.intake.ats.OkHttpTransport;
import dev.intake.ats.ProxyConfig;

import dev.intake.ats.AtsConnection;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection test against the embedded sandbox, with its fault knobs standing in for StackOne's answers. */
class ConnectionTesterSandboxTest {
    private final SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults());
    private final ConnectionTester tester = new ConnectionTester(new MiniStackOneProbe(OkHttpTransport.applyProxy(
            new OkHttpClient.Builder(), ProxyConfig.DIRECT, Optional::empty)
            .connectTimeout(5, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS).build()));

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ConnectionOutcome test(String key, String account) {
        return tester.test(sandbox.baseUrl().toString(), account, key).outcome();
    }

    @Test
    void rightKeyAndAccountConnect() {
        assertEquals(ConnectionOutcome.CONNECTED, test(sandbox.apiKey(), SandboxServer.ACCOUNT_ID));
    }

    @Test
    void wrongKeyAndUnknownAccountAreToldApart() {
        assertEquals(ConnectionOutcome.WRONG_KEY, test("v1.not-the-sandbox-key", SandboxServer.ACCOUNT_ID));
        assertEquals(ConnectionOutcome.UNKNOWN_ACCOUNT, test(sandbox.apiKey(), "acct-nobody-has"));
    }

    @Test
    void injectedStatusesGetTheirOwnAnswers() {
        sandbox.knobs().failNext(1, 412);
        assertEquals(ConnectionOutcome.INTEGRATION_DISABLED, test(sandbox.apiKey(), SandboxServer.ACCOUNT_ID));
        sandbox.knobs().failNext(1, 403);
        assertEquals(ConnectionOutcome.NO_ACCESS, test(sandbox.apiKey(), SandboxServer.ACCOUNT_ID));
        sandbox.knobs().failNext(1, 429);
        assertEquals(ConnectionOutcome.RATE_LIMITED, test(sandbox.apiKey(), SandboxServer.ACCOUNT_ID));
        sandbox.knobs().failNext(1, 503);
        assertEquals(ConnectionOutcome.SERVER_TROUBLE, test(sandbox.apiKey(), SandboxServer.ACCOUNT_ID));
        assertEquals(ConnectionOutcome.CONNECTED, test(sandbox.apiKey(), SandboxServer.ACCOUNT_ID));
    }

    @Test
    void stoppedSandboxIsNetworkTrouble() {
        AtsConnection connection = new AtsConnection(sandbox.baseUrl().toString(), sandbox.apiKey(),
                SandboxServer.ACCOUNT_ID);
        sandbox.close();
        ConnectionReport report = tester.test(connection);
        assertEquals(ConnectionOutcome.NETWORK_TROUBLE, report.outcome());
        assertEquals("connection.network.refused", report.message().key());
    }
}
