package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API key never shows in a log line or an exception, even when a server echoes it back. */
class StackOneSecretsTest {
    private static final String KEY = "v1.eu1.sk_live_9f8e7d6c5b4a3210ffee";
    private static final String TOKEN = Base64.getEncoder().encodeToString((KEY + ":").getBytes());

    private final MockAts ats = new MockAts();
    private final StackOneClient client = ats.client(KEY);
    private final List<String> logLines = new ArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            synchronized (logLines) {
                logLines.add(record.getLoggerName() + " " + formatter.format(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;

    @BeforeEach
    void captureEveryLogger() {
        rootLevel = root.getLevel();
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
    }

    @AfterEach
    void stop() {
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        ats.close();
    }

    @Test
    void noLogLineOrExceptionCarriesTheKey() {
        ats.enqueueJson(201, SeedExample.CREATED_JSON);
        ats.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "text/html")
                .body("<html><title>Rejected Authorization: Basic " + TOKEN + " (" + KEY + ")</title></html>").build());
        ats.enqueueJson(400, "{\"message\": \"Key " + KEY + " is not valid for Basic " + TOKEN + "\"}");
        ats.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        ats.enqueueJson(200, "{\"data\": []}");

        client.createApplication(SeedExample.fullRequest());
        AtsHttpException html = assertThrows(AtsHttpException.class,
                () -> client.createApplication(SeedExample.fullRequest()));
        AtsHttpException json = assertThrows(AtsHttpException.class,
                () -> client.createApplication(SeedExample.fullRequest()));
        AtsNetworkException dropped = assertThrows(AtsNetworkException.class,
                () -> client.createApplication(SeedExample.fullRequest()));
        client.candidatesByEmail("ana+fair@example.com", 5).all();

        assertEquals("Basic " + TOKEN, ats.take().getHeaders().get("Authorization"), "the key was sent");
        assertEquals("an HTML page instead of StackOne's JSON (usually from a proxy or gateway): "
                + "\"Rejected Authorization: Basic [redacted] ([redacted])\"", html.serverMessage());
        assertEquals("Key [redacted] is not valid for Basic [redacted]", json.serverMessage());
        List<String> texts = new ArrayList<>();
        for (Throwable error : List.of(html, json, dropped)) {
            texts.add(error.getMessage());
            texts.add(error.toString());
        }
        texts.add(new AtsConnection("https://api.stackone.com", KEY, "acct").toString());
        synchronized (logLines) {
            texts.addAll(logLines);
            assertTrue(logLines.stream().anyMatch(line -> line.contains("POST /unified/ats/applications -> 201 in ")),
                    () -> "the success was logged: " + logLines);
            assertTrue(logLines.stream().anyMatch(line -> line.contains("POST /unified/ats/applications -> 401 in ")));
            assertTrue(logLines.stream().anyMatch(line -> line.contains("GET /unified/ats/candidates -> 200 in ")));
        }
        for (String text : texts) {
            assertFalse(text.contains(KEY), text);
            assertFalse(text.contains(TOKEN), text);
            assertFalse(text.contains("ana+fair@example.com"), () -> "no e-mail in logs: " + text);
        }
    }

    @Test
    void providerErrorsEchoingTheKeyAreMaskedBeforeAnyoneKeepsThem() {
        // A provider's raw answer is passed through by StackOne and kept with a rejected submission: a gateway
        // that quotes the request's headers there must not put the key into history or exports.
        ats.enqueueJson(422, """
                {"statusCode": 422, "message": "Rejected",
                 "provider_errors": [{"status": 401, "url": "https://ats.example/v1/apply?key=%1$s",
                   "raw": {"request": {"headers": {"Authorization": "Basic %2$s"}},
                           "seen": ["%1$s", 7, null], "%1$s": true}}]}
                """.formatted(KEY, TOKEN));

        AtsHttpException error = assertThrows(AtsHttpException.class,
                () -> client.createApplication(SeedExample.fullRequest()));

        AtsHttpException.ProviderError provider = error.providerErrors().getFirst();
        assertEquals(401, provider.status());
        assertEquals("https://ats.example/v1/apply?key=[redacted]", provider.url());
        assertEquals("Basic [redacted]",
                provider.raw().path("request").path("headers").path("Authorization").asText());
        assertEquals("[\"[redacted]\",7,null]", provider.raw().path("seen").toString());
        assertTrue(provider.raw().path("[redacted]").asBoolean(), provider.raw().toString());
        assertFalse(provider.raw().toString().contains(KEY) || provider.raw().toString().contains(TOKEN));
    }

    @Test
    void aKeyEchoedWhereTheServersTextIsShortenedIsMaskedBeforeTheCut() {
        // The key starts just before the 200th character, where the quoted text is cut: redacting after the cut
        // would no longer recognise it and leave its first characters in the message.
        String filler = "x".repeat(190) + " ";
        ats.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/plain")
                .body(filler + KEY + " rejected").build());
        ats.enqueueJson(400, "[\"" + filler + KEY + "\"]");

        AtsHttpException text = assertThrows(AtsHttpException.class,
                () -> client.createApplication(SeedExample.fullRequest()));
        AtsHttpException json = assertThrows(AtsHttpException.class,
                () -> client.createApplication(SeedExample.fullRequest()));

        for (AtsHttpException error : List.of(text, json)) {
            assertFalse(error.serverMessage().contains(KEY.substring(0, 6)), error.serverMessage());
            assertTrue(error.serverMessage().contains(filler.strip() + " [redact"), "masked, then cut: "
                    + error.serverMessage());
        }
    }
}
