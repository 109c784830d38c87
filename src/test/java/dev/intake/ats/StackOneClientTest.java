package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire for each call, and how answers are read. */
class StackOneClientTest {
    private final MockAts ats = new MockAts();
    private final StackOneClient client = ats.client();

    @AfterEach
    void stop() {
        ats.close();
    }

    @Test
    void createPostsTheSeedExampleInTheSpecShapesWithStackOneHeaders() throws Exception {
        ats.enqueueJson(201, SeedExample.CREATED_JSON);

        CreateResult result = client.createApplication(SeedExample.fullRequest());

        RecordedRequest request = ats.take();
        assertEquals("POST", request.getMethod());
        assertEquals("/unified/ats/applications", request.getTarget());
        // "k:" in base64 is "azo=": the key is the user name and the password is empty.
        assertEquals("Basic azo=", request.getHeaders().get("Authorization"));
        assertEquals(MockAts.ACCOUNT_ID, request.getHeaders().get("x-account-id"));
        assertEquals("application/json", request.getHeaders().get("Content-Type"));
        assertEquals("application/json", request.getHeaders().get("Accept"));
        String userAgent = request.getHeaders().get("User-Agent");
        assertTrue(userAgent.matches("Intake/\\d+\\.\\d+\\.\\d+\\S*"), userAgent);
        assertEquals(Json.mapper().readTree(SeedExample.SPEC_SHAPED_JSON), Json.mapper().readTree(request.getBody().utf8()));

        assertEquals(201, result.statusCode());
        assertEquals("Record created successfully.", result.message());
        assertEquals("2021-01-01T01:01:01.000Z", result.timestamp());
        assertEquals("8187e5da-dc77-475e-9949-af0f1fa4e4e3", result.data().id());
        assertEquals("8187e5da-dc77-475e-9949-af0f1fa4e4e3", result.data().remoteId());
    }

    @Test
    void createKeepsWarningsAndProviderErrorsOfTheResult() {
        ats.enqueueJson(201, """
                {"statusCode": 201, "message": "Record created successfully.", "timestamp": "2024-04-02T13:52:01.000Z",
                 "data": {"id": "a1", "remote_id": "r1"},
                 "unified_warnings": [{"message": "The provided field type is not supported in the current model."}],
                 "provider_errors": [{"status": 400, "url": "https://api.provider.example/v1/x", "raw": {"e": 1}}]}
                """);

        CreateResult result = client.createApplication(SeedExample.existingCandidate());

        assertEquals("The provided field type is not supported in the current model.",
                result.extra().get("unified_warnings").path(0).path("message").asText());
        assertEquals(400, result.extra().get("provider_errors").path(0).path("status").asInt());
    }

    @Test
    void bothOrNeitherCandidateIsRefusedBeforeAnythingIsSent() {
        CreateApplicationRequest both = new CreateApplicationRequest(null, "j", null, null, null, null, null,
                SeedExample.CANDIDATE_ID, SeedExample.minimalNewCandidate().candidate(), null);
        CreateApplicationRequest neither = new CreateApplicationRequest(null, "j", null, null, null, null, null,
                null, null, null);

        InvalidRequestException bothError = assertThrows(InvalidRequestException.class,
                () -> client.createApplication(both));
        ExecutionException neitherError = assertThrows(ExecutionException.class,
                () -> client.createApplicationAsync(neither).get(5, TimeUnit.SECONDS));

        assertEquals("candidate_id", bothError.field());
        assertTrue(bothError.getMessage().contains("not both"), bothError.getMessage());
        assertEquals("candidate", ((InvalidRequestException) neitherError.getCause()).field());
        assertEquals(0, ats.server.getRequestCount());
    }

    @Test
    void asyncCreateCompletesWithTheResult() throws Exception {
        ats.enqueueJson(201, SeedExample.CREATED_JSON);

        CreateResult result = client.createApplicationAsync(SeedExample.withDocuments()).get(5, TimeUnit.SECONDS);

        assertEquals("8187e5da-dc77-475e-9949-af0f1fa4e4e3", result.data().id());
        JsonNode sent = Json.mapper().readTree(ats.take().getBody().utf8());
        assertEquals("resume", sent.path("documents").path(0).path("category").path("value").asText());
        assertEquals("JVBERi0xLjQKJcOkw7zDtsOf", sent.path("documents").path(0).path("content").asText());
    }

    @Test
    void emailFilterIsADeepObjectWithThePlusEncoded() {
        ats.enqueueJson(200, """
                {"data": [{"id": "c1", "name": "Ana Li", "email": "ana+fair@example.com",
                           "emails": [{"type": "personal", "value": "ana+fair@example.com"}],
                           "application_ids": ["a1", "a2"]}]}
                """);

        List<Candidate> found = client.candidatesByEmail("ana+fair@example.com", 10).all();

        assertEquals("/unified/ats/candidates?filter%5Bemail%5D=ana%2Bfair%40example.com&page_size=10",
                ats.take().getTarget());
        assertEquals(1, found.size());
        assertEquals(List.of("a1", "a2"), found.get(0).applicationIds());
    }

    @Test
    void jobsAreFilteredByStatusInBothTheDeprecatedAndTheCurrentFilter() {
        ats.enqueueJson(200, "{\"data\": []}");

        assertEquals(List.of(), client.jobs("open", 50).all());

        assertEquals("/unified/ats/jobs?filter%5Bstatus%5D=open&filter%5Bjob_status%5D=open&page_size=50",
                ats.take().getTarget());
    }

    @Test
    void everyListCallUsesItsPathAndQuery() {
        for (int i = 0; i < 8; i++) {
            ats.enqueueJson(200, "{\"data\": [], \"next\": null}");
        }

        client.jobs(null, 25).fetch(null);
        client.jobPostings(25).fetch(null);
        client.locations(25).fetch(null);
        client.departments(25).fetch(null);
        client.candidateCustomFieldDefinitions(25).fetch(null);
        client.documentCategories(25).fetch(null);
        client.applicationStages("job/7 a", 25).fetch(null);
        client.applications("job-1", "2026-01-01T00:00:00.000Z", 25).fetch(null);

        List<String> targets = List.of(ats.take(), ats.take(), ats.take(), ats.take(), ats.take(), ats.take(),
                ats.take(), ats.take()).stream().map(RecordedRequest::getTarget).collect(Collectors.toList());
        assertEquals(List.of(
                "/unified/ats/jobs?page_size=25",
                "/unified/ats/job_postings?include=questionnaires&page_size=25",
                "/unified/ats/locations?page_size=25",
                "/unified/ats/departments?page_size=25",
                "/unified/ats/custom_field_definitions/candidates?page_size=25",
                "/unified/ats/documents/application_categories?page_size=25",
                "/unified/ats/jobs/job%2F7%20a/application_stages?page_size=25",
                "/unified/ats/applications?filter%5Bjob_id%5D=job-1"
                        + "&filter%5Bcreated_after%5D=2026-01-01T00%3A00%3A00.000Z&page_size=25"), targets);
    }

    @Test
    void applicationByIdReadsTheDataEnvelope() {
        ats.enqueueJson(200, """
                {"data": {"id": "a 9", "remote_id": "r9", "candidate_id": "c1", "job_id": "job-1"}, "raw": null}
                """);

        Application application = client.application("a 9");

        RecordedRequest request = ats.take();
        assertEquals("GET", request.getMethod());
        assertEquals("/unified/ats/applications/a%209", request.getTarget());
        assertEquals("c1", application.candidateId());
        assertEquals("job-1", application.jobId());
    }

    @Test
    void candidateByIdReadsTheDataEnvelope() {
        ats.enqueueJson(200, """
                {"data": {"id": "c 1", "first_name": "Ana", "last_name": "Li", "application_ids": ["a9"]},
                 "raw": null}
                """);

        Candidate candidate = client.candidate("c 1");

        RecordedRequest request = ats.take();
        assertEquals("GET", request.getMethod());
        assertEquals("/unified/ats/candidates/c%201", request.getTarget());
        assertEquals(MockAts.ACCOUNT_ID, request.getHeaders().get("x-account-id"));
        assertEquals("Ana Li", candidate.displayName());
        assertEquals(List.of("a9"), candidate.applicationIds());
    }

    @Test
    void pagesFollowTheCursorPastAShortPageUntilItIsAbsent() {
        ats.enqueueJson(200, """
                {"data": [{"id": "l1", "name": "London"}, {"id": "l2", "name": "Paris"}], "next": "c2=="}
                """);
        ats.enqueueJson(200, """
                {"data": [{"id": "l3", "name": "Berlin"}], "next": "c3+/"}
                """);
        ats.enqueueJson(200, """
                {"data": [{"id": "l4", "name": "Madrid"}, {"id": "l5", "name": "Rome"}]}
                """);

        PageSource<Location> locations = client.locations(2);
        List<String> ids = locations.all().stream().map(Location::id).collect(Collectors.toList());

        assertEquals(List.of("l1", "l2", "l3", "l4", "l5"), ids);
        assertEquals("/unified/ats/locations?page_size=2", ats.take().getTarget());
        assertEquals("/unified/ats/locations?page_size=2&next=c2%3D%3D", ats.take().getTarget());
        assertEquals("/unified/ats/locations?page_size=2&next=c3%2B%2F", ats.take().getTarget());
        assertEquals(3, ats.server.getRequestCount());
    }

    @Test
    void anEmptyCursorEndsTheListAndPagesAreFetchedOnlyWhenNeeded() {
        ats.enqueueJson(200, "{\"data\": [{\"id\": \"d1\", \"name\": \"Sales\"}], \"next\": \"n2\"}");
        ats.enqueueJson(200, "{\"data\": [{\"id\": \"d2\", \"name\": \"Ops\"}], \"next\": \"\"}");

        var iterator = client.departments(1).iterator();
        assertEquals("d1", iterator.next().id());
        assertEquals(1, ats.server.getRequestCount());
        assertEquals("d2", iterator.next().id());
        assertFalse(iterator.hasNext());
        assertEquals(2, ats.server.getRequestCount());
    }

    @Test
    void asyncPagesCarryTheCursor() throws Exception {
        ats.enqueueJson(200, "{\"data\": [{\"id\": \"s1\", \"name\": \"Screen\", \"order\": 1}], \"next\": \"p2\"}");

        Page<ApplicationStage> page = client.applicationStages("job-1", 5).fetchAsync("p1").get(5, TimeUnit.SECONDS);

        assertEquals("/unified/ats/jobs/job-1/application_stages?page_size=5&next=p1", ats.take().getTarget());
        assertEquals("Screen", page.data().get(0).name());
        assertEquals("p2", page.next());
    }

    @Test
    void valuesThisVersionDoesNotKnowAreReadNotRejected() {
        ats.enqueueJson(200, """
                {"data": [{"id": "j1", "title": "Welder", "job_status": {"value": "frozen_by_legal",
                           "source_value": {"code": 7}}, "brand_new_field": [1, 2], "status": "paused"}],
                 "next": null, "raw": []}
                """);
        ats.enqueueJson(200, """
                {"data": [{"id": "f1", "name": "Shoe size", "type": {"value": "hologram", "source_value": 12},
                           "options": [{"id": "o1", "value": {"eu": 42}}], "unexpected": true}]}
                """);
        ats.enqueueJson(200, """
                {"data": [{"id": "p1", "title": "Welder", "internal": "false", "status": {"value": "teleported"},
                           "questionnaires": [{"id": "q1", "internal": true, "questions": [
                             {"id": "qq1", "name": "Licence", "type": {"value": "hologram_upload"},
                              "required": "true", "multiple_choice_answers": [{"id": "m1", "text": "Yes"}],
                              "parent_question": {"id": "qq0", "option_ids": ["m0"],
                                                  "condition_type": {"value": "someday"}}}]}]}]}
                """);

        Job job = client.jobs(null, 25).all().get(0);
        CustomFieldDefinition field = client.candidateCustomFieldDefinitions(25).all().get(0);
        JobPosting posting = client.jobPostings(25).all().get(0);

        assertEquals("frozen_by_legal", job.statusWord());
        assertEquals(7, job.jobStatus().sourceValue().path("code").asInt());
        assertEquals("hologram", field.type().value());
        assertEquals(42, field.options().get(0).value().path("eu").asInt());
        JobPosting.Question question = posting.questionnaires().get(0).questions().get(0);
        assertEquals("hologram_upload", question.type().value());
        assertTrue(question.isRequired());
        assertEquals("someday", question.parentQuestion().conditionType().value());
        assertEquals("teleported", posting.status().value());
    }

    @Test
    void aBaseUrlWithAPathPrefixKeepsIt() {
        ats.enqueueJson(200, "{\"data\": []}");
        StackOneClient prefixed = new StackOneClient(new AtsConnection(ats.server.url("/stackone/").toString(),
                MockAts.API_KEY, MockAts.ACCOUNT_ID), MockAts.FAST_FAILING);

        prefixed.locations(5).fetch(null);

        assertEquals("/stackone/unified/ats/locations?page_size=5", ats.take().getTarget());
    }

    /** Making an OkHttp client sets up TLS (about 0.1 s): Intake starts without, and the first call makes it. */
    @Test
    void theHttpClientIsMadeByTheFirstCallNotWithTheAtsClient() {
        AtomicInteger made = new AtomicInteger();
        StackOneClient lazy = new StackOneClient(new AtsConnection(ats.server.url("/").toString(),
                MockAts.API_KEY, MockAts.ACCOUNT_ID), () -> {
                    made.incrementAndGet();
                    return MockAts.FAST_FAILING;
                });
        assertEquals(0, made.get());

        ats.enqueueJson(200, "{\"data\": []}");
        ats.enqueueJson(200, "{\"data\": []}");
        lazy.locations(5).fetch(null);
        lazy.departments(5).fetch(null);

        assertEquals(1, made.get());
        assertEquals("/unified/ats/locations?page_size=5", ats.take().getTarget());
        assertEquals("/unified/ats/departments?page_size=5", ats.take().getTarget());
    }

    @Test
    void aBaseUrlThatIsNoUrlIsRefusedWithTheAddress() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new StackOneClient(new AtsConnection("api.stackone.com", "key", "acct")));

        assertTrue(error.getMessage().contains("\"api.stackone.com\""), error.getMessage());
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedBeforeAnyKeyIsSent() {
        for (String remote : new String[] {"http://api.stackone.com", "http://192.168.1.20:8080", "http://127.0.0.2",
            "http://localhost.example.com"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> new StackOneClient(new AtsConnection(remote, "key", "acct")), remote);
            assertTrue(error.getMessage().contains("\"" + remote + "\"") && error.getMessage().contains("https://"),
                    error.getMessage());
            assertFalse(error.getMessage().contains("key\""), "the key is never in the message");
        }
        for (String local : new String[] {"http://localhost:4010", "http://127.0.0.1:8099", "http://[::1]:9000",
            "https://api.stackone.com"}) {
            new StackOneClient(new AtsConnection(local, "key", "acct"));
        }
    }
}
