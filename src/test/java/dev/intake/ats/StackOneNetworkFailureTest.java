package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Failures without a usable answer: whether the request may have reached the server decides whether the outbox may
 * send a create again, so each case is checked on a real socket.
 */
class StackOneNetworkFailureTest {
    private final MockAts ats = new MockAts();
    private final StackOneClient client = ats.client();

    @AfterEach
    void stop() {
        ats.close();
    }

    private static StackOneClient clientFor(String baseUrl) {
        return new StackOneClient(new AtsConnection(baseUrl, MockAts.API_KEY, MockAts.ACCOUNT_ID),
                MockAts.FAST_FAILING);
    }

    @Test
    void aRefusedConnectionCertainlyDidNotReachTheServer() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        StackOneClient unreachable = clientFor("http://127.0.0.1:" + port);

        AtsNetworkException error = assertThrows(AtsNetworkException.class,
                () -> unreachable.createApplication(SeedExample.fullRequest()));

        assertFalse(error.mayHaveReachedServer());
        assertTrue(error.getMessage().startsWith("Could not send POST /unified/ats/applications to 127.0.0.1"),
                error.getMessage());
    }

    @Test
    void anUnknownHostCertainlyDidNotReachTheServer() throws Exception {
        okhttp3.OkHttpClient noDns = MockAts.FAST_FAILING.newBuilder().dns(host -> {
            throw new java.net.UnknownHostException(host + ": no such host");
        }).build();
        StackOneClient unresolvable = new StackOneClient(
                new AtsConnection("https://api.stackone.example", MockAts.API_KEY, MockAts.ACCOUNT_ID), noDns);

        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> unresolvable.createApplicationAsync(SeedExample.fullRequest()).get(10, TimeUnit.SECONDS));

        AtsNetworkException error = assertInstanceOf(AtsNetworkException.class, failure.getCause());
        assertFalse(error.mayHaveReachedServer());
        assertInstanceOf(java.net.UnknownHostException.class, error.getCause());
    }

    @Test
    void aFailedTlsHandshakeCertainlyDidNotReachTheServer() throws Exception {
        // A plain-HTTP server on an https:// address: the handshake reads an HTTP answer and fails.
        try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread answerer = Thread.ofVirtual().start(() -> answerEveryConnectionInPlainText(plain));
            StackOneClient tls = clientFor("https://127.0.0.1:" + plain.getLocalPort());

            AtsNetworkException error = assertThrows(AtsNetworkException.class,
                    () -> tls.createApplication(SeedExample.fullRequest()));

            assertFalse(error.mayHaveReachedServer());
            assertInstanceOf(javax.net.ssl.SSLException.class, error.getCause());
            plain.close();
            assertTrue(answerer.join(java.time.Duration.ofSeconds(5)));
        }
    }

    /**
     * Answers the client's TLS hello in plain HTTP and keeps the connection open until the client gives up, so the
     * client fails on the answer (not on a reset connection).
     */
    private static void answerEveryConnectionInPlainText(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                if (in.read() < 0) {
                    continue;
                }
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException closedOrReset) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    @Test
    void aConnectionDroppedBeforeTheBodyWasSentDidNotReachTheServer() {
        // The server hangs up as soon as the body starts; a body larger than the socket buffers cannot be
        // completely handed over, so the write fails part-way and the server never had the whole request.
        ats.enqueue(new MockResponse.Builder().onRequestBody(new SocketEffect.CloseSocket()).build());
        CreateApplicationRequest large = withCv("A".repeat(24 * 1024 * 1024));

        AtsNetworkException error = assertThrows(AtsNetworkException.class, () -> client.createApplication(large));

        assertFalse(error.mayHaveReachedServer(), error.getMessage());
        mockwebserver3.RecordedRequest cut = ats.take();
        assertTrue(cut.getFailure() != null && cut.getBodySize() < StackOneClient.requestBody(large).length,
                "the server saw the body cut short");
    }

    @Test
    void aConnectionDroppedAfterTheRequestMayHaveReachedTheServerAndIsNotResent() {
        ats.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        ats.enqueueJson(201, SeedExample.CREATED_JSON);

        AtsNetworkException error = assertThrows(AtsNetworkException.class,
                () -> client.createApplication(SeedExample.fullRequest()));

        assertTrue(error.mayHaveReachedServer());
        assertTrue(error.getMessage().startsWith("The connection failed after POST /unified/ats/applications was "
                + "sent"), error.getMessage());
        assertTrue(error.getMessage().endsWith("check the ATS before sending it again."), error.getMessage());
        assertEquals(SeedExample.JOB_ID, bodyJobId(), "the server received the whole request");
        assertEquals(1, ats.server.getRequestCount(), "OkHttp did not silently send the create again");
    }

    @Test
    void aConnectionDroppedWhileReadingTheAnswerMayHaveReachedTheServer() throws Exception {
        ats.enqueue(MockAts.json(201, SeedExample.CREATED_JSON)
                .onResponseBody(new SocketEffect.CloseSocket()).build());

        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> client.createApplicationAsync(SeedExample.fullRequest()).get(10, TimeUnit.SECONDS));

        AtsNetworkException error = assertInstanceOf(AtsNetworkException.class, failure.getCause());
        assertTrue(error.mayHaveReachedServer());
        assertEquals(1, ats.server.getRequestCount());
    }

    @Test
    void cancellingASlowListCallEndsItOnTheServer() throws Exception {
        EndlessList body = new EndlessList();
        ats.enqueue(MockAts.json(200, "").body(body).throttleBody(64, 20, TimeUnit.MILLISECONDS).build());

        CompletableFuture<Page<Location>> future = client.locations(25).fetchAsync(null);
        assertTrue(body.started.await(10, TimeUnit.SECONDS), "the answer started");
        assertTrue(future.cancel(true));

        assertTrue(body.ended.await(10, TimeUnit.SECONDS), "the server saw the connection close");
        assertTrue(future.isCancelled());
        assertThrows(CancellationException.class, future::join);
    }

    @Test
    void cancellingASlowCreateEndsItOnTheServer() throws Exception {
        EndlessList body = new EndlessList();
        ats.enqueue(MockAts.json(201, "").body(body).throttleBody(64, 20, TimeUnit.MILLISECONDS).build());

        CompletableFuture<CreateResult> future = client.createApplicationAsync(SeedExample.fullRequest());
        assertTrue(body.started.await(10, TimeUnit.SECONDS), "the answer started");
        assertTrue(future.cancel(true));

        assertTrue(body.ended.await(10, TimeUnit.SECONDS), "the server saw the connection close");
        assertTrue(future.isCancelled());
        assertEquals(1, ats.server.getRequestCount());
    }

    /** An answer that never ends: a JSON list whose elements keep coming until the client goes away. */
    private static final class EndlessList implements MockResponseBody {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            try {
                sink.writeUtf8("{\"data\": [");
                sink.flush();
                started.countDown();
                while (true) {
                    sink.writeUtf8("{\"id\": \"l\"},");
                    sink.flush();
                }
            } catch (IOException e) {
                ended.countDown();
                throw e;
            }
        }
    }

    private String bodyJobId() {
        try {
            return Json.mapper().readTree(ats.take().getBody().utf8()).path("job_id").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static CreateApplicationRequest withCv(String base64) {
        CreateApplicationRequest minimal = SeedExample.minimalNewCandidate();
        return new CreateApplicationRequest(null, minimal.jobId(), null, null, null, null, null, null,
                minimal.candidate(), List.of(new CreateApplicationRequest.DocumentUpload("cv.pdf",
                        CodedValue.of("pdf"), base64, null, null, null, CodedValue.of("resume"))));
    }
}
