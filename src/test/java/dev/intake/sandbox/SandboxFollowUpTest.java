package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.contract.OpenApiContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Notes and document uploads onto an application, over real HTTP, checked as StackOne checks them. */
class SandboxFollowUpTest extends SandboxTestBase {
    private static String application() {
        return server.data().applications().getFirst().id();
    }

    private static String notes(String applicationId) {
        return SandboxHttp.APPLICATIONS + "/" + applicationId + "/notes";
    }

    @Test
    void aNoteIsAddedAndListedOnItsApplication() {
        String app = application();
        SandboxHttp.Reply reply = http.post(notes(app),
                "{\"content\":[{\"body\":\"Met at the booth\"}],\"visibility\":{\"value\":\"private\"}}");

        assertEquals(201, reply.status(), reply.body());
        assertEquals(List.of(), OpenApiContract.load().responseViolations("POST",
                "/unified/ats/applications/{id}/notes", 201, reply.json()));
        List<JsonNode> listed = http.all(notes(app), Map.of(), 10);
        assertEquals("Met at the booth", listed.getLast().path("content").get(0).path("body").asText());
        assertEquals(reply.json().path("data").path("id").asText(), listed.getLast().path("id").asText());
    }

    @Test
    void anUnknownApplicationIs404InStackOnesShape() {
        SandboxHttp.Reply reply = http.post(notes("no-such-app"), "{\"content\":[{\"body\":\"x\"}]}");

        assertEquals(404, reply.status());
        assertEquals(404, reply.json().path("statusCode").asInt());
        assertTrue(reply.message().contains("no-such-app"), reply.message());
        assertEquals(404, http.post(SandboxHttp.APPLICATIONS + "/no-such-app/documents/upload",
                "{\"name\":\"cv.pdf\",\"content\":\"JVBERi0=\"}").status());
    }

    @Test
    void aNoteWithoutContentOrWithAnUnknownVisibilityIsRefusedAndNothingIsAdded() {
        String app = application();
        int before = server.api().followUps().notes(app).size();

        SandboxHttp.Reply missing = http.post(notes(app), "{\"visibility\":{\"value\":\"public\"}}");
        SandboxHttp.Reply badVisibility = http.post(notes(app),
                "{\"content\":[{\"body\":\"x\"}],\"visibility\":{\"value\":\"secret\"}}");

        assertEquals(400, missing.status());
        assertTrue(missing.problem("content") != null, missing.message());
        assertEquals(400, badVisibility.status());
        assertTrue(badVisibility.problem("visibility.value") != null, badVisibility.message());
        assertEquals(before, server.api().followUps().notes(app).size());
    }

    @Test
    void aDocumentIsUploadedAndABadOneRefused() {
        String app = application();
        SandboxHttp.Reply ok = http.post(SandboxHttp.APPLICATIONS + "/" + app + "/documents/upload",
                "{\"name\":\"cv.pdf\",\"file_format\":{\"value\":\"pdf\"},\"content\":\"JVBERi0=\"}");
        SandboxHttp.Reply notBase64 = http.post(SandboxHttp.APPLICATIONS + "/" + app + "/documents/upload",
                "{\"name\":\"cv.pdf\",\"content\":\"%%%\"}");

        assertEquals(201, ok.status(), ok.body());
        assertEquals("cv.pdf", server.api().followUps().documents(app).getLast().path("name").asText());
        assertEquals(5, server.api().followUps().documents(app).getLast().path("size").asInt());
        assertEquals(400, notBase64.status());
    }

    @Test
    void theFaultKnobsApplyToNotesToo() {
        server.knobs().failNext(1, 502);
        SandboxHttp.Reply failed = http.post(notes(application()), "{\"content\":[{\"body\":\"x\"}]}");
        assertEquals(502, failed.status());
        assertEquals(201, http.post(notes(application()), "{\"content\":[{\"body\":\"x\"}]}").status());
    }
}
