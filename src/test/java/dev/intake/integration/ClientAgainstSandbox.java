package dev.intake.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.AtsConnection;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.HttpClients;
import dev.intake.ats.StackOneClient;
import dev.intake.sandbox.SandboxServer;
import dev.intake.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * One sandbox per test class on an ephemeral loopback port, and a real {@link StackOneClient} talking to it over
 * HTTP. Knobs and tampering are reset after each test, so tests in a class do not see each other's faults.
 */
abstract class ClientAgainstSandbox {
    static final Tamper TAMPER = new Tamper();
    /** Intake's client with short timeouts: a test that would hang fails within seconds instead. */
    static OkHttpClient http;
    static SandboxServer sandbox;
    static StackOneClient client;

    @BeforeAll
    static void startSandbox() {
        http = HttpClients.create().newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(20))
                .addNetworkInterceptor(TAMPER)
                .build();
        sandbox = SandboxServer.start(SandboxOptions.defaults());
        client = clientFor(sandbox, sandbox.apiKey(), SandboxServer.ACCOUNT_ID);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
        http.connectionPool().evictAll();
    }

    @AfterEach
    void resetFaults() {
        sandbox.knobs().reset();
        TAMPER.clear();
        http.dispatcher().setIdleCallback(null);
    }

    static StackOneClient clientFor(SandboxServer server, String apiKey, String accountId) {
        return new StackOneClient(new AtsConnection(server.baseUrl().toString(), apiKey, accountId), http);
    }

    /** What the sandbox holds: created applications and candidates. */
    record Counts(int applications, int candidates) {
        static Counts now() {
            return new Counts(sandbox.data().createdApplications().size(), sandbox.data().candidates().size());
        }
    }

    /** Runs a call that must fail with {@code status} as {@code kind}, and checks that the sandbox created nothing. */
    static AtsHttpException refused(int status, AtsHttpException.Kind kind, Supplier<?> call) {
        Counts before = Counts.now();
        AtsHttpException error = assertThrows(AtsHttpException.class, call::get);
        assertEquals(status, error.status(), error.getMessage());
        assertEquals(kind, error.kind());
        assertTrue(error.timestamp().isPresent(), "the server's timestamp is kept");
        assertTrue(error.requestId().isPresent(), "the server's request id is kept");
        assertEquals(before, Counts.now(), "the sandbox created something");
        return error;
    }
}
