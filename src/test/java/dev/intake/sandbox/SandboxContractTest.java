package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.JobPosting;
import dev.intake.contract.OpenApiContract;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's answers validate against the response schemas of StackOne's OpenAPI document, with the same
 * validator as the client's contract test: every list (every page), the 201 and each error status.
 */
class SandboxContractTest extends SandboxTestBase {
    private static final String CANDIDATE = "/unified/ats/candidates/{id}";
    private static final String STAGES = "/unified/ats/jobs/{id}/application_stages";

    private static OpenApiContract contract;
    private static JobPosting posting;

    @BeforeAll
    static void loadContract() {
        contract = OpenApiContract.load();
        posting = SeedPostings.postingWith(server, "QN-general");
    }

    /** A create that uses every part of the request, so that what it adds to the lists is validated too. */
    private static ObjectNode richRequest(String email) {
        ObjectNode candidate = SandboxHttp.newCandidate(email);
        candidate.put("title", "Engineer");
        candidate.put("company", "Acme");
        candidate.put("country", "Poland");
        candidate.put("hired_at", "2021-01-01T01:01:01.000Z");
        candidate.putArray("social_links").addObject().put("type", "linkedin").put("url", "https://example.com/z");
        CustomFieldDefinition dropdown = server.data().candidateCustomFieldDefinitions().getFirst();
        candidate.putArray("custom_fields").addObject().put("id", dropdown.id())
                .put("value_id", dropdown.options().getFirst().id());
        ObjectNode body = SandboxHttp.validRequest(posting, candidate);
        body.putObject("application_status").put("value", "new").put("source_value", "New");
        body.put("location_id", posting.locations().getFirst().id());
        body.putArray("documents").addObject().put("name", "cv.pdf").put("content", "Y3Y=")
                .put("category_id", server.data().documentCategories().getFirst().id())
                .putObject("file_format").put("value", "pdf");
        return body;
    }

    private static void assertValid(String method, String specPath, int status, SandboxHttp.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        List<String> violations = contract.responseViolations(method, specPath, status, reply.json());
        assertEquals(List.of(), violations, method + " " + specPath + " " + status + ": " + reply.body());
    }

    @Test
    void createdApplicationIsAValidCreateResult() {
        ObjectNode body = richRequest("contract-201@example.com");
        assertEquals(List.of(), contract.requestViolations("POST", SandboxHttp.APPLICATIONS, body),
                "the test's own request must follow the spec");

        assertValid("POST", SandboxHttp.APPLICATIONS, 201, http.post(SandboxHttp.APPLICATIONS, body));
    }

    @Test
    void everyPageOfEveryListIsValid() {
        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, richRequest("contract-lists@example.com")).status());
        Map<String, String> lists = Map.of(
                "/unified/ats/jobs", "", "/unified/ats/job_postings", "include=questionnaires",
                "/unified/ats/locations", "", "/unified/ats/departments", "",
                "/unified/ats/candidates", "include=custom_fields",
                "/unified/ats/custom_field_definitions/candidates", "",
                "/unified/ats/documents/application_categories", "", SandboxHttp.APPLICATIONS, "");
        lists.forEach((path, query) -> validatePages(path, path, query));
        String jobId = server.data().jobs().getFirst().id();
        validatePages(STAGES, "/unified/ats/jobs/" + jobId + "/application_stages", "");
    }

    private static void validatePages(String specPath, String path, String query) {
        String cursor = null;
        int pages = 0;
        do {
            String url = path + "?page_size=50" + (query.isEmpty() ? "" : "&" + query)
                    + (cursor == null ? "" : "&next=" + SandboxHttp.encode(cursor));
            SandboxHttp.Reply reply = http.get(url);
            assertValid("GET", specPath, 200, reply);
            JsonNode next = reply.json().path("next");
            cursor = next.isTextual() ? next.asText() : null;
            pages++;
        } while (cursor != null);
        assertTrue(pages >= 1);
    }

    @Test
    void candidateByIdIsValid() {
        String id = server.data().candidates().getFirst().id();

        assertValid("GET", CANDIDATE, 200, http.get("/unified/ats/candidates/" + id + "?include=custom_fields"));
    }

    @Test
    void everyErrorTheChecksProduceIsValid() {
        ObjectNode unknownJob = richRequest("contract-404@example.com");
        unknownJob.put("job_id", "no-such-job");
        ObjectNode malformedEmail = richRequest("not-an-address");

        assertValid("POST", SandboxHttp.APPLICATIONS, 400, http.post(SandboxHttp.APPLICATIONS, "{oops"));
        assertValid("POST", SandboxHttp.APPLICATIONS, 401, http.send(HttpRequest.newBuilder(
                http.uri(SandboxHttp.APPLICATIONS)).header("x-account-id", server.accountId())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
        assertValid("POST", SandboxHttp.APPLICATIONS, 404, http.post(SandboxHttp.APPLICATIONS, unknownJob));
        assertValid("POST", SandboxHttp.APPLICATIONS, 422, http.post(SandboxHttp.APPLICATIONS, malformedEmail));
        assertValid("GET", "/unified/ats/jobs", 400, http.get("/unified/ats/jobs?page_size=0"));
        assertValid("GET", CANDIDATE, 404, http.get("/unified/ats/candidates/nobody"));
        assertValid("GET", "/unified/ats/candidates", 400, http.send(HttpRequest.newBuilder(
                http.uri("/unified/ats/candidates")).header("Authorization", SandboxHttp.basic(server.apiKey()))
                .build()));
        server.knobs().rateLimit(1, java.time.Duration.ofMinutes(1));
        http.get("/unified/ats/jobs");
        assertValid("GET", "/unified/ats/jobs", 429, http.get("/unified/ats/jobs"));
    }

    @Test
    void everyDeclaredErrorStatusCanBeInjectedAndIsValid() {
        List<Integer> statuses = new ArrayList<>(contract.declaredStatuses("POST", SandboxHttp.APPLICATIONS));
        statuses.removeIf(status -> status < 400);
        assertTrue(statuses.containsAll(List.of(400, 401, 403, 404, 408, 409, 412, 422, 429, 500, 501, 502)),
                statuses::toString);

        for (int status : statuses) {
            server.knobs().failNext(1, status, FaultKnobs.Scope.CREATE_APPLICATION);
            assertValid("POST", SandboxHttp.APPLICATIONS, status,
                    http.post(SandboxHttp.APPLICATIONS, richRequest("contract-" + status + "@example.com")));
        }
    }
}
