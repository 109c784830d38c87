package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error answer becomes an {@link AtsHttpException} that says what came back. */
class StackOneErrorMappingTest {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final MockAts ats = new MockAts();
    private final StackOneClient client = ats.client();

    @AfterEach
    void stop() {
        ats.close();
    }

    private AtsHttpException createFails() {
        return assertThrows(AtsHttpException.class, () -> client.createApplication(SeedExample.fullRequest()));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 408, 409, 412, 422, 429, 500, 501, 502})
    void everyDocumentedStatusCarriesTheServersMessageTimestampAndRequestId(int status) {
        ats.enqueue(MockAts.json(status, """
                {"statusCode": %d, "message": "Refused by the ATS (%d)", "timestamp": "2023-05-30T00:00:00.000Z"}
                """.formatted(status, status)).setHeader("x-request-id", "req-" + status).build());

        AtsHttpException error = createFails();

        assertEquals(status, error.status());
        assertEquals(status, kindStatus(error.kind()));
        assertEquals("Refused by the ATS (" + status + ")", error.serverMessage());
        assertEquals("HTTP " + status + ": Refused by the ATS (" + status + ")", error.getMessage());
        assertEquals("2023-05-30T00:00:00.000Z", error.timestamp().orElseThrow());
        assertEquals("req-" + status, error.requestId().orElseThrow());
        assertTrue(error.providerErrors().isEmpty());
        assertEquals(1, ats.server.getRequestCount(), "the create is never resent");
    }

    /** Which documented status a kind stands for, found by asking the kind for every status. */
    private static int kindStatus(AtsHttpException.Kind kind) {
        for (int status = 100; status < 600; status++) {
            if (AtsHttpException.Kind.of(status) == kind) {
                return status;
            }
        }
        return -1;
    }

    @Test
    void providerErrorsAndAValidationMessageListAreKept() {
        ats.enqueue(MockAts.json(400, """
                {"statusCode": 400, "message": ["job_id must be a string", "candidate.email must be an email"],
                 "timestamp": "2024-04-02T13:52:01.000Z",
                 "data": {"statusCode": 400, "message": "Bad Request", "headers": {"x-request-id": "inner"}},
                 "provider_errors": [
                   {"status": 422, "url": "https://api.provider.example/v1/applications",
                    "raw": {"error": "Bad Request", "message": "The supplied data is invalid"},
                    "headers": {"content-type": "application/json"}},
                   {"status": null, "url": null, "raw": null}]}
                """).setHeader("request-id", "rid-7").build());

        AtsHttpException error = createFails();

        assertEquals(AtsHttpException.Kind.BAD_REQUEST, error.kind());
        assertEquals("job_id must be a string; candidate.email must be an email", error.serverMessage());
        assertEquals("rid-7", error.requestId().orElseThrow());
        assertEquals(2, error.providerErrors().size());
        AtsHttpException.ProviderError first = error.providerErrors().get(0);
        assertEquals(422, first.status());
        assertEquals("https://api.provider.example/v1/applications", first.url());
        assertEquals("The supplied data is invalid", first.raw().path("message").asText());
        AtsHttpException.ProviderError second = error.providerErrors().get(1);
        assertEquals(null, second.status());
        assertEquals(null, second.raw());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 408, 409, 412, 422, 429, 500, 501, 502, 503, 418})
    void aProxysHtmlPageIsDescribedNotParsed(int status) {
        ats.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html; charset=utf-8")
                .body("<html>\n<head><title>" + status + " Gateway Trouble</title></head>\n"
                        + "<body><center><h1>nginx</h1></center></body></html>").build());

        AtsHttpException error = createFails();

        assertEquals(status, error.status());
        assertEquals("an HTML page instead of StackOne's JSON (usually from a proxy or gateway): \"" + status
                + " Gateway Trouble\"", error.serverMessage());
        assertTrue(error.timestamp().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 408, 409, 412, 422, 429, 500, 501, 502})
    void anEmptyBodyIsDescribed(int status) {
        ats.enqueue(new MockResponse.Builder().code(status).build());

        AtsHttpException error = createFails();

        assertEquals(status, error.status());
        assertEquals("an empty body", error.serverMessage());
        assertEquals("HTTP " + status + ": an empty body", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 408, 409, 412, 422, 429, 500, 501, 502})
    void truncatedJsonIsDescribed(int status) {
        String cut = "{\"statusCode\": " + status + ", \"message\": \"Something went wr";
        ats.enqueueJson(status, cut);

        AtsHttpException error = createFails();

        assertEquals(status, error.status());
        assertEquals("JSON that could not be read (cut short or malformed, " + cut.length() + " bytes)",
                error.serverMessage());
    }

    @Test
    void plainTextAndUnexpectedJsonAreQuoted() {
        ats.enqueue(new MockResponse.Builder().code(503).setHeader("Content-Type", "text/plain")
                .body("upstream connect error or disconnect/reset before headers").build());
        ats.enqueueJson(500, "[\"not\", \"an\", \"object\"]");
        ats.enqueueJson(400, "{\"statusCode\": 400}");

        AtsHttpException text = createFails();
        AtsHttpException array = createFails();
        AtsHttpException noMessage = createFails();

        assertEquals(AtsHttpException.Kind.OTHER, text.kind());
        assertEquals("a text/plain body instead of JSON: \"upstream connect error or disconnect/reset before "
                + "headers\"", text.serverMessage());
        assertEquals("JSON that is not an error object: [\"not\",\"an\",\"object\"]", array.serverMessage());
        assertEquals("a JSON error without a message: {\"statusCode\":400}", noMessage.serverMessage());
    }

    @Test
    void retryAfterInSecondsIsParsed() {
        ats.enqueue(MockAts.json(429, "{\"statusCode\": 429, \"message\": \"Too many requests\", "
                + "\"timestamp\": \"2023-05-30T00:00:00.000Z\"}").setHeader("Retry-After", "30").build());

        AtsHttpException error = createFails();

        assertEquals(AtsHttpException.Kind.TOO_MANY_REQUESTS, error.kind());
        assertTrue(error.transientFailure());
        assertEquals(Duration.ofSeconds(30), error.retryAfter().orElseThrow());
    }

    @Test
    void gatewayOutagesAreTransientButRefusalsAndNotImplementedAreNot() {
        for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
            assertTrue(new AtsHttpException(status, "x", null, null, null, null).transientFailure(), "" + status);
        }
        for (int status : new int[] {400, 401, 403, 404, 409, 412, 422, 501}) {
            assertFalse(new AtsHttpException(status, "x", null, null, null, null).transientFailure(), "" + status);
        }
    }

    @Test
    void retryAfterAsAnHttpDateIsMeasuredFromTheServersDate() {
        ats.enqueue(MockAts.json(503, "")
                .setHeader("Date", "Wed, 21 Oct 2026 07:28:00 GMT")
                .setHeader("Retry-After", "Wed, 21 Oct 2026 07:30:00 GMT").build());
        ats.enqueue(MockAts.json(408, "{\"statusCode\": 408, \"message\": \"Request timed out\"}")
                .setHeader("Retry-After", HTTP_DATE.format(Instant.now().plusSeconds(120))).build());
        ats.enqueue(MockAts.json(502, "{\"message\": \"Bad Gateway\"}")
                .setHeader("Date", "Wed, 21 Oct 2026 07:28:00 GMT")
                .setHeader("Retry-After", "Wed, 21 Oct 2026 07:00:00 GMT").build());
        ats.enqueue(MockAts.json(500, "{\"message\": \"Internal server error\"}")
                .setHeader("Retry-After", "soon").build());

        AtsHttpException fromServerDate = createFails();
        AtsHttpException fromLocalClock = createFails();
        AtsHttpException inThePast = createFails();
        AtsHttpException unreadable = createFails();

        assertEquals(Duration.ofMinutes(2), fromServerDate.retryAfter().orElseThrow());
        Duration wait = fromLocalClock.retryAfter().orElseThrow();
        assertTrue(wait.compareTo(Duration.ofSeconds(100)) > 0 && wait.compareTo(Duration.ofSeconds(121)) < 0,
                wait::toString);
        assertEquals(Duration.ZERO, inThePast.retryAfter().orElseThrow());
        assertTrue(unreadable.retryAfter().isEmpty());
    }

    @Test
    void listCallsMapErrorsTheSameWayBlockingAndAsync() throws Exception {
        ats.enqueue(MockAts.json(401, "{\"statusCode\": 401, \"message\": \"Unauthorized\", "
                + "\"timestamp\": \"2023-05-30T00:00:00.000Z\"}").build());
        ats.enqueue(MockAts.json(403, "{\"statusCode\": 403, \"message\": \"Forbidden resource\", "
                + "\"timestamp\": \"2023-05-30T00:00:00.000Z\"}").build());

        AtsHttpException blocking = assertThrows(AtsHttpException.class, () -> client.jobs("open", 25).all());
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> client.locations(25).fetchAsync(null).get(5, TimeUnit.SECONDS));

        assertEquals(AtsHttpException.Kind.UNAUTHORIZED, blocking.kind());
        AtsHttpException asyncError = assertInstanceOf(AtsHttpException.class, async.getCause());
        assertEquals(AtsHttpException.Kind.FORBIDDEN, asyncError.kind());
        assertEquals("Forbidden resource", asyncError.serverMessage());
    }

    @Test
    void aCreatedAnswerThatCannotBeReadSaysTheApplicationMayExist() throws Exception {
        ats.enqueueJson(201, "{\"statusCode\": 201, \"message\": \"Record cr");
        ats.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "text/html")
                .body("<html>Created</html>").build());

        AtsNetworkException truncated = assertThrows(AtsNetworkException.class,
                () -> client.createApplication(SeedExample.minimalNewCandidate()));
        ExecutionException html = assertThrows(ExecutionException.class,
                () -> client.createApplicationAsync(SeedExample.minimalNewCandidate()).get(5, TimeUnit.SECONDS));

        assertTrue(truncated.mayHaveReachedServer());
        assertTrue(truncated.getMessage().startsWith("The ATS answered 201 to POST /unified/ats/applications but "
                + "its answer could not be read"), truncated.getMessage());
        assertTrue(truncated.getMessage().endsWith("The application may have been created: check the ATS before "
                + "sending it again."), truncated.getMessage());
        AtsNetworkException htmlError = assertInstanceOf(AtsNetworkException.class, html.getCause());
        assertTrue(htmlError.mayHaveReachedServer());
        assertEquals(2, ats.server.getRequestCount());
    }

    @Test
    void anUnreadableListSaysNothingChanged() {
        ats.enqueueJson(200, "<html>login</html>");

        AtsNetworkException error = assertThrows(AtsNetworkException.class, () -> client.departments(5).fetch(null));

        assertTrue(error.getMessage().startsWith("The ATS answered 200 to GET /unified/ats/departments but its "
                + "answer could not be read"), error.getMessage());
        assertFalse(error.getMessage().contains("created"), error.getMessage());
    }
}
