package dev.intake.ats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/** A MockWebServer standing in for StackOne, and clients pointed at it. */
final class MockAts implements AutoCloseable {
    static final String API_KEY = "k";
    static final String ACCOUNT_ID = "acct-42";
    /** Short timeouts: a test that would hang fails within seconds instead. */
    static final OkHttpClient FAST_FAILING = HttpClients.create().newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(10))
            .writeTimeout(Duration.ofSeconds(10))
            .callTimeout(Duration.ofSeconds(20))
            .build();

    final MockWebServer server = new MockWebServer();

    MockAts() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StackOneClient client() {
        return client(API_KEY);
    }

    StackOneClient client(String apiKey) {
        return new StackOneClient(new AtsConnection(server.url("/").toString(), apiKey, ACCOUNT_ID), FAST_FAILING);
    }

    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    void enqueueJson(int status, String json) {
        server.enqueue(json(status, json).build());
    }

    static MockResponse.Builder json(int status, String json) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(json);
    }

    /** The next request the server saw; fails the test if none arrives within five seconds. */
    RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the server saw no request");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
