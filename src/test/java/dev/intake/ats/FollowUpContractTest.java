package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.contract.OpenApiContract;
import java.io.IOException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Notes and document uploads onto an application: the client's bodies satisfy the request schemas of StackOne's
 * OpenAPI document, go to the documented paths, and an error answer reaches the caller with its status and message.
 */
class FollowUpContractTest {
    private static final String NOTES = "/unified/ats/applications/{id}/notes";
    private static final String UPLOAD = "/unified/ats/applications/{id}/documents/upload";
    private static final String CREATED = "{\"statusCode\":201,\"message\":\"Record created successfully.\","
            + "\"timestamp\":\"2026-03-01T10:00:00.000Z\",\"data\":{\"id\":\"n-1\",\"remote_id\":\"r-1\"}}";

    private final MockAts ats = new MockAts();
    private final StackOneClient client = ats.client();

    @AfterEach
    void stop() {
        ats.close();
    }

    private static CreateApplicationRequest.DocumentUpload cv() {
        return new CreateApplicationRequest.DocumentUpload("cv.pdf", CodedValue.of("pdf"), "JVBERi0=", "cat-1", null,
                null, null);
    }

    @Test
    void aNoteGoesToTheApplicationsNotesAsTheSchemaAsks() throws IOException {
        ats.enqueueJson(201, CREATED);
        CreateResult result = client.createNote("app 1", new CreateNoteRequest(
                List.of(new CreateNoteRequest.Content("Met at the booth")), "user-9", CodedValue.of("private")));

        RecordedRequest sent = ats.take();
        assertEquals("POST", sent.getMethod());
        assertEquals("/unified/ats/applications/app%201/notes", sent.getUrl().encodedPath());
        JsonNode body = Json.mapper().readTree(sent.getBody().utf8());
        assertEquals(List.of(), OpenApiContract.load().requestViolations("POST", NOTES, body));
        assertEquals("Met at the booth", body.path("content").get(0).path("body").asText());
        assertEquals("private", body.path("visibility").path("value").asText());
        assertEquals("n-1", result.data().id());
    }

    @Test
    void aDocumentGoesToTheApplicationsUploadAsTheSchemaAsks() throws IOException {
        ats.enqueueJson(201, CREATED);
        client.uploadDocument("app-1", cv());

        RecordedRequest sent = ats.take();
        assertEquals("/unified/ats/applications/app-1/documents/upload", sent.getUrl().encodedPath());
        JsonNode body = Json.mapper().readTree(sent.getBody().utf8());
        assertEquals(List.of(), OpenApiContract.load().requestViolations("POST", UPLOAD, body));
        assertEquals("JVBERi0=", body.path("content").asText());
        assertEquals("pdf", body.path("file_format").path("value").asText());
    }

    @Test
    void wrongNoteBodiesFailTheSchema() throws IOException {
        ats.enqueueJson(201, CREATED);
        client.createNote("app-1", CreateNoteRequest.of("Met at the booth"));
        ObjectNode valid = (ObjectNode) Json.mapper().readTree(ats.take().getBody().utf8());
        OpenApiContract contract = OpenApiContract.load();
        ObjectNode badVisibility = valid.deepCopy();
        badVisibility.putObject("visibility").put("value", "secret");
        ObjectNode textContent = valid.deepCopy();
        textContent.put("content", "Met at the booth");
        assertFalse(contract.requestViolations("POST", NOTES, badVisibility).isEmpty());
        assertFalse(contract.requestViolations("POST", NOTES, textContent).isEmpty());
    }

    @Test
    void anErrorAnswerReachesTheCallerWithItsStatusAndMessage() {
        ats.enqueueJson(404, "{\"statusCode\":404,\"message\":\"Application not found\","
                + "\"timestamp\":\"2026-03-01T10:00:00.000Z\"}");
        AtsHttpException notFound = assertThrows(AtsHttpException.class,
                () -> client.createNote("app-404", CreateNoteRequest.of("x")));
        assertEquals(404, notFound.status());
        assertEquals("Application not found", notFound.serverMessage());

        ats.enqueue(new mockwebserver3.MockResponse.Builder().code(429).addHeader("Retry-After", "7")
                .body("{\"statusCode\":429,\"message\":\"Too many requests\"}").build());
        AtsHttpException busy = assertThrows(AtsHttpException.class, () -> client.uploadDocument("app-1", cv()));
        assertEquals(429, busy.status());
        assertEquals(java.time.Duration.ofSeconds(7), busy.retryAfter().orElseThrow());
    }

    @Test
    void aDroppedAnswerSaysTheNoteMayHaveBeenAddedNotThatAnApplicationMayExist() {
        ats.enqueue(new mockwebserver3.MockResponse.Builder()
                .onResponseStart(new mockwebserver3.SocketEffect.CloseSocket()).build());
        AtsNetworkException dropped = assertThrows(AtsNetworkException.class,
                () -> client.createNote("app-1", CreateNoteRequest.of("x")));
        assertTrue(dropped.getMessage().contains("The note may have been added"), dropped.getMessage());
    }
}
