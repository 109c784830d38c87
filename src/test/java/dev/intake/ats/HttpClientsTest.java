package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientsTest {
    @Test
    void asyncCallsRunOnDaemonThreadsSoTheAppCanExit() throws Exception {
        CompletableFuture<Boolean> daemon = new CompletableFuture<>();

        HttpClients.create().dispatcher().executorService().execute(
                () -> daemon.complete(Thread.currentThread().isDaemon()));

        assertTrue(daemon.get(5, TimeUnit.SECONDS));
    }

    @Test
    void timeoutsOutlastStackOnesSixtySecondRequestLifetime() {
        OkHttpClient client = HttpClients.shared();

        assertSame(client, HttpClients.shared());
        assertEquals(10_000, client.connectTimeoutMillis());
        assertTrue(client.readTimeoutMillis() > 60_000, "StackOne's own 408 arrives before the client gives up");
        assertTrue(client.callTimeoutMillis() > client.readTimeoutMillis() + client.connectTimeoutMillis() - 1);
    }
}
