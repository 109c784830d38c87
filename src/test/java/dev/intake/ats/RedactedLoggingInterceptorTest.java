package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RedactedLoggingInterceptorTest {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final System.Logger logger = new System.Logger() {
        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(level + " " + msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + (params == null ? format : MessageFormat.format(format, params)));
        }
    };

    @Test
    void aCallCancelledByIntakeIsNoWarningButAFailedOneIs() throws Exception {
        try (MockAts ats = new MockAts()) {
            OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new RedactedLoggingInterceptor(logger))
                    .build();
            ats.enqueue(new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).build());
            Call slow = client.newCall(new Request.Builder().url(ats.server.url("/unified/ats/jobs?q=x")).build());
            Thread canceller = Thread.ofVirtual().start(() -> {
                try {
                    ats.server.takeRequest(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                slow.cancel();
            });
            assertThrows(IOException.class, slow::execute);
            canceller.join();

            ats.server.close();
            Call refused = client.newCall(new Request.Builder().url(ats.server.url("/unified/ats/jobs")).build());
            assertThrows(IOException.class, refused::execute);

            assertEquals(2, lines.size(), lines.toString());
            assertEquals("DEBUG GET /unified/ats/jobs cancelled after", lines.get(0).replaceAll(" \\d+ ms$", ""));
            assertEquals("WARNING GET /unified/ats/jobs failed after", lines.get(1).replaceAll(" \\d+ ms: .*$", ""));
        }
    }
}
