package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.AtsConnection;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;

class ConnectionTesterTest {
    private static final AtsConnection ACME = new AtsConnection("https://api.stackone.com", "v1.key-123456",
            "acct-42");

    private final List<AtsConnection> probed = new ArrayList<>();

    private ConnectionReport outcomeOf(RuntimeException failure) {
        return new ConnectionTester(connection -> {
            probed.add(connection);
            if (failure != null) {
                throw failure;
            }
        }).test(ACME);
    }

    private static AtsHttpException http(int status) {
        return new AtsHttpException(status, "server says " + status, null, null, null, null);
    }

    private static AtsNetworkException network(Throwable cause) {
        return new AtsNetworkException("call failed", false, cause);
    }

    @Test
    void successIsConnected() {
        ConnectionReport report = outcomeOf(null);
        assertEquals(ConnectionOutcome.CONNECTED, report.outcome());
        assertEquals("Connected: api.stackone.com answered and accepted the key and account.",
                report.message().english());
    }

    @Test
    void documentedStatusesBecomePlainWords() {
        assertEquals(ConnectionOutcome.WRONG_KEY, outcomeOf(http(401)).outcome());
        assertEquals(ConnectionOutcome.NO_ACCESS, outcomeOf(http(403)).outcome());
        assertEquals(ConnectionOutcome.UNKNOWN_ACCOUNT, outcomeOf(http(404)).outcome());
        assertEquals(ConnectionOutcome.INTEGRATION_DISABLED, outcomeOf(http(412)).outcome());
        assertEquals(ConnectionOutcome.RATE_LIMITED, outcomeOf(http(429)).outcome());
        assertEquals(ConnectionOutcome.SERVER_TROUBLE, outcomeOf(http(500)).outcome());
        assertEquals(ConnectionOutcome.SERVER_TROUBLE, outcomeOf(http(503)).outcome());
        assertEquals(ConnectionOutcome.UNEXPECTED_ANSWER, outcomeOf(http(400)).outcome());

        assertTrue(outcomeOf(http(401)).message().english().startsWith("Wrong API key"));
        assertEquals("Unknown account: StackOne does not know the account ID acct-42 (HTTP 404). Check the account "
                + "ID (x-account-id) in StackOne.", outcomeOf(http(404)).message().english());
        assertTrue(outcomeOf(http(502)).message().english().contains("(HTTP 502)"));
        assertEquals("Unexpected answer (HTTP 400): server says 400", outcomeOf(http(400)).message().english());
    }

    @Test
    void certificateTroubleIsToldApartFromOtherNetworkTrouble() {
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path validation failed");
        untrusted.initCause(new CertPathValidatorException("validity check failed"));
        assertEquals(ConnectionOutcome.TLS_TROUBLE, outcomeOf(network(untrusted)).outcome());
        assertEquals(ConnectionOutcome.TLS_TROUBLE,
                outcomeOf(network(new SSLPeerUnverifiedException("Hostname not verified"))).outcome());
        assertTrue(outcomeOf(network(untrusted)).message().english().contains("certificate is not trusted"));

        ConnectionReport unknownHost = outcomeOf(network(new UnknownHostException("api.stackone.com")));
        assertEquals(ConnectionOutcome.NETWORK_TROUBLE, unknownHost.outcome());
        assertEquals("connection.network.unknownHost", unknownHost.message().key());
        assertEquals("connection.network.refused",
                outcomeOf(network(new ConnectException("Connection refused"))).message().key());
        assertEquals("connection.network.timeout",
                outcomeOf(network(new SocketTimeoutException("timeout"))).message().key());
        assertEquals("connection.network.other", outcomeOf(network(new java.io.EOFException())).message().key());
    }

    @Test
    void unsafeOrIncompleteValuesAreRefusedWithoutCallingAnything() {
        ConnectionTester tester = new ConnectionTester(probed::add);
        assertEquals(ConnectionOutcome.INVALID_URL, tester.test("http://api.stackone.com", "acct", "key-123456")
                .outcome());
        assertEquals(ConnectionOutcome.INVALID_URL, tester.test("stackone", "acct", "key-123456").outcome());
        assertEquals(ConnectionOutcome.MISSING_ACCOUNT, tester.test("https://api.stackone.com", " ", "key-123456")
                .outcome());
        assertEquals(ConnectionOutcome.INVALID_KEY, tester.test("https://api.stackone.com", "acct", " \n")
                .outcome());
        assertTrue(probed.isEmpty());

        assertEquals(ConnectionOutcome.CONNECTED, tester.test(" https://api.stackone.com/ ", " acct ",
                " key-123456\n").outcome());
        assertEquals(new AtsConnection("https://api.stackone.com", "key-123456", "acct"), probed.getFirst());
    }
}
