package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {
    @Test
    void aDocumentAsLargeAsTheCommandLineTakesReadsBackFromItsJson() throws Exception {
        CreateApplicationRequest minimal = SeedExample.minimalNewCandidate();
        String base64 = "A".repeat(RequestLimits.MAX_BODY_BYTES - 1024);
        CreateApplicationRequest large = new CreateApplicationRequest(null, minimal.jobId(), null, null, null, null,
                null, null, minimal.candidate(), List.of(new CreateApplicationRequest.DocumentUpload("cv.pdf",
                        CodedValue.of("pdf"), base64, null, null, null, CodedValue.of("resume"))));

        CreateApplicationRequest read = Json.mapper().readValue(Json.mapper().writeValueAsBytes(large),
                CreateApplicationRequest.class);

        assertEquals(base64.length(), read.documents().getFirst().content().length());
    }

    @Test
    void requestUsesSpecNamesAndOmitsAbsentValues() throws Exception {
        NewCandidate candidate = new NewCandidate(null, null, null,
                List.of(new NewCandidate.PhoneNumber("personal", "+447700112233")), "Ana Li", "Ana", "Li",
                "ana@example.com", null, null, null, Instant.parse("2021-01-01T01:01:01Z"), null, null);
        CreateApplicationRequest request = new CreateApplicationRequest(null, "job-1", null, null,
                CodedValue.of("hired"), null, new CreateApplicationRequest.SourceRef(null, "LinkedIn"), null,
                candidate, null);

        JsonNode json = Json.mapper().valueToTree(request);

        assertEquals("job-1", json.path("job_id").asText());
        assertEquals("hired", json.path("application_status").path("value").asText());
        assertEquals("2021-01-01T01:01:01.000Z", json.path("candidate").path("hired_at").asText());
        assertEquals("+447700112233", json.path("candidate").path("phone_numbers").path(0).path("phone").asText());
        assertFalse(json.has("candidate_id"));
        assertFalse(json.path("application_status").has("source_value"));
        assertFalse(json.path("candidate").has("phone_number"));
    }

    @Test
    void createResultKeepsFieldsBeyondTheSpec() throws Exception {
        CreateResult result = Json.mapper().readValue("""
                {"statusCode":201,"message":"Record created successfully.","timestamp":"2021-01-01T01:01:01.000Z",
                 "data":{"id":"a1","remote_id":"r1"},"warnings":[{"message":"phone ignored"}]}
                """, CreateResult.class);

        assertEquals(201, result.statusCode());
        assertEquals("r1", result.data().remoteId());
        assertEquals("phone ignored", result.extra().get("warnings").path(0).path("message").asText());
        assertEquals("phone ignored",
                Json.mapper().valueToTree(result).path("warnings").path(0).path("message").asText());
    }

    @Test
    void candidateChoiceIsEnforcedBothWays() {
        NewCandidate candidate = new NewCandidate(null, null, null, null, "A", null, null, null, null, null, null,
                null, null, null);
        CreateApplicationRequest both = new CreateApplicationRequest(null, "j", null, null, null, null, null, "c1",
                candidate, null);
        CreateApplicationRequest neither = new CreateApplicationRequest(null, "j", null, null, null, null, null, null,
                null, null);

        assertEquals("candidate_id", assertThrows(InvalidRequestException.class, both::checkCandidateChoice).field());
        assertEquals("candidate", assertThrows(InvalidRequestException.class, neither::checkCandidateChoice).field());
    }
}
