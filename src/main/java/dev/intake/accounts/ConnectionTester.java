package dev.intake.accounts;

import dev.intake.ats.AtsConnection;
import dev.intake.ats.AtsException;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.common.UserMessage;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/** Runs the probe and turns whatever happened into one of a few plain answers. Blocking. */
public final class ConnectionTester {
    /** Server text is shown for unexpected answers only, and only this much of it. */
    private static final int MAX_SERVER_TEXT = 200;

    private final ConnectionProbe probe;

    public ConnectionTester(ConnectionProbe probe) {
        this.probe = probe;
    }

    /** Tests values as typed: checks URL, account and key first, so nothing unsafe is ever sent. */
    public ConnectionReport test(String baseUrl, String accountId, String rawApiKey) {
        Optional<UserMessage> urlProblem = TransportPolicy.problem(baseUrl);
        if (urlProblem.isPresent()) {
            return new ConnectionReport(ConnectionOutcome.INVALID_URL, urlProblem.get());
        }
        if (accountId == null || accountId.isBlank()) {
            return new ConnectionReport(ConnectionOutcome.MISSING_ACCOUNT, UserMessage.of("profiles.accountId.empty"));
        }
        Optional<UserMessage> keyProblem = ApiKeys.problem(rawApiKey);
        if (keyProblem.isPresent()) {
            return new ConnectionReport(ConnectionOutcome.INVALID_KEY, keyProblem.get());
        }
        return test(new AtsConnection(TransportPolicy.normalize(baseUrl), ApiKeys.normalize(rawApiKey),
                accountId.strip()));
    }

    /** Tests a complete connection (a saved profile or the sandbox). */
    public ConnectionReport test(AtsConnection connection) {
        Optional<UserMessage> urlProblem = TransportPolicy.problem(connection.baseUrl());
        if (urlProblem.isPresent()) {
            return new ConnectionReport(ConnectionOutcome.INVALID_URL, urlProblem.get());
        }
        try {
            probe.check(connection);
            return report(ConnectionOutcome.CONNECTED, "connection.connected", host(connection.baseUrl()));
        } catch (AtsHttpException e) {
            return fromStatus(e, connection);
        } catch (AtsNetworkException e) {
            return fromNetwork(e, connection);
        } catch (AtsException e) {
            return report(ConnectionOutcome.UNEXPECTED_ANSWER, "connection.unexpected", e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            // HTTP clients refuse some URLs our policy lets through (e.g. odd ports); the URL is what to fix.
            return report(ConnectionOutcome.INVALID_URL, "transport.url.malformed", connection.baseUrl());
        }
    }

    private static ConnectionReport fromStatus(AtsHttpException e, AtsConnection connection) {
        int status = e.status();
        return switch (status) {
            case 401 -> report(ConnectionOutcome.WRONG_KEY, "connection.wrongKey");
            case 403 -> report(ConnectionOutcome.NO_ACCESS, "connection.noAccess");
            case 404 -> report(ConnectionOutcome.UNKNOWN_ACCOUNT, "connection.unknownAccount", connection.accountId());
            case 412 -> report(ConnectionOutcome.INTEGRATION_DISABLED, "connection.integrationDisabled");
            case 429 -> report(ConnectionOutcome.RATE_LIMITED, "connection.rateLimited");
            default -> status >= 500 && status <= 599
                    ? report(ConnectionOutcome.SERVER_TROUBLE, "connection.serverTrouble", status)
                    : report(ConnectionOutcome.UNEXPECTED_ANSWER, "connection.unexpectedStatus", status,
                            shorten(e.serverMessage()));
        };
    }

    private static ConnectionReport fromNetwork(AtsNetworkException e, AtsConnection connection) {
        String host = host(connection.baseUrl());
        if (causedBy(e, SSLException.class) || causedBy(e, GeneralSecurityException.class)) {
            return report(ConnectionOutcome.TLS_TROUBLE, "connection.tls", host);
        }
        if (causedBy(e, UnknownHostException.class)) {
            return report(ConnectionOutcome.NETWORK_TROUBLE, "connection.network.unknownHost", host);
        }
        if (causedBy(e, ConnectException.class) || causedBy(e, NoRouteToHostException.class)) {
            return report(ConnectionOutcome.NETWORK_TROUBLE, "connection.network.refused", host);
        }
        if (causedBy(e, InterruptedIOException.class)) {
            return report(ConnectionOutcome.NETWORK_TROUBLE, "connection.network.timeout", host);
        }
        return report(ConnectionOutcome.NETWORK_TROUBLE, "connection.network.other", host);
    }

    /**
     * Certificate failures arrive wrapped (SSLHandshakeException around CertPathValidatorException or
     * CertificateException), so the whole chain is searched.
     */
    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static ConnectionReport report(ConnectionOutcome outcome, String key, Object... args) {
        return new ConnectionReport(outcome, UserMessage.of(key, args));
    }

    private static String host(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? baseUrl : host;
        } catch (IllegalArgumentException e) {
            return baseUrl;
        }
    }

    private static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_SERVER_TEXT ? oneLine : oneLine.substring(0, MAX_SERVER_TEXT) + "…";
    }
}
