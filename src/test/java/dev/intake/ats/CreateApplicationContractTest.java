package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.contract.OpenApiContract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bodies the client sends satisfy the request schema of {@code POST /unified/ats/applications} in StackOne's
 * OpenAPI document, and every answer the document describes for it is read by the response and error models.
 * Skipped with a message when {@code ../shared} is not there.
 */
class CreateApplicationContractTest {
    private static final String PATH = "/unified/ats/applications";

    private final MockAts ats = new MockAts();
    private final StackOneClient client = ats.client();

    @AfterEach
    void stop() {
        ats.close();
    }

    /** Sends {@code request} through the client and returns the body the server received. */
    private JsonNode sentBody(CreateApplicationRequest request) throws IOException {
        ats.enqueueJson(201, SeedExample.CREATED_JSON);
        client.createApplication(request);
        return Json.mapper().readTree(ats.take().getBody().utf8());
    }

    @Test
    void everyBodyTheClientSendsMatchesTheRequestSchema() throws IOException {
        OpenApiContract contract = OpenApiContract.load();
        Map<String, CreateApplicationRequest> requests = Map.of(
                "seed example", SeedExample.fullRequest(),
                "minimal new candidate", SeedExample.minimalNewCandidate(),
                "existing candidate", SeedExample.existingCandidate(),
                "documents", SeedExample.withDocuments(),
                "read from the documentation page", RequestFileReader.parse(
                        SeedExample.pageExampleJson().replace(
                                "\"candidate_id\": \"e3cb75bf-aa84-466e-a6c1-b8322b257a48\",", "")).request());

        for (Map.Entry<String, CreateApplicationRequest> entry : requests.entrySet()) {
            JsonNode body = sentBody(entry.getValue());
            assertEquals(List.of(), contract.requestViolations("POST", PATH, body), entry.getKey());
        }
    }

    @Test
    void deliberatelyWrongBodiesFailTheRequestSchema() throws IOException {
        OpenApiContract contract = OpenApiContract.load();
        JsonNode valid = sentBody(SeedExample.fullRequest());
        List<Consumer<ObjectNode>> breakages = List.of(
                body -> body.put("job_id", 42),
                body -> ((ObjectNode) body.get("application_status")).put("value", "maybe"),
                body -> ((ObjectNode) body.get("candidate").get("phone_numbers").get(0)).put("type", "fax"),
                body -> body.set("questionnaires", body.get("questionnaires").get(0)),
                body -> ((ObjectNode) body.get("questionnaires").get(0).get("answers").get(0)).put("type", "text"));

        for (Consumer<ObjectNode> breakage : breakages) {
            ObjectNode broken = valid.deepCopy();
            breakage.accept(broken);
            assertFalse(contract.requestViolations("POST", PATH, broken).isEmpty(), broken::toString);
        }
        CreateApplicationRequest unknownStatus = new CreateApplicationRequest(null, "j", null, null,
                CodedValue.of("maybe"), null, null, SeedExample.CANDIDATE_ID, null, null);
        assertFalse(contract.requestViolations("POST", PATH, sentBody(unknownStatus)).isEmpty());
    }

    @Test
    void theDocumentedCreatedAnswerIsReadByCreateResult() {
        OpenApiContract contract = OpenApiContract.load();
        JsonNode example = examples(contract).get(201);
        assertEquals(List.of(), contract.responseViolations("POST", PATH, 201, example));
        ats.enqueueJson(201, example.toString());

        CreateResult result = client.createApplication(SeedExample.existingCandidate());

        assertEquals(example.path("statusCode").asInt(), result.statusCode());
        assertEquals(example.path("message").asText(), result.message());
        assertEquals(example.path("timestamp").asText(), result.timestamp());
        assertEquals(example.path("data").path("id").asText(), result.data().id());
        assertEquals(example.path("data").path("remote_id").asText(), result.data().remoteId());
    }

    @Test
    void everyDocumentedErrorAnswerIsReadByTheErrorMapping() {
        OpenApiContract contract = OpenApiContract.load();
        Map<Integer, JsonNode> examples = examples(contract);
        List<Integer> errorStatuses = new ArrayList<>(examples.keySet());
        errorStatuses.removeIf(status -> status < 400);
        assertEquals(Set.of(400, 401, 403, 404, 408, 409, 412, 422, 429, 500, 501, 502), new HashSet<>(errorStatuses));

        for (int status : errorStatuses) {
            JsonNode example = examples.get(status);
            assertEquals(List.of(), contract.responseViolations("POST", PATH, status, example), example::toString);
            ats.enqueueJson(status, example.toString());

            AtsHttpException error = assertThrows(AtsHttpException.class,
                    () -> client.createApplication(SeedExample.existingCandidate()));

            assertEquals(status, error.status());
            assertEquals(example.path("message").asText(), error.serverMessage());
            assertEquals(example.path("timestamp").asText(), error.timestamp().orElseThrow());
            JsonNode providerErrors = example.path("provider_errors");
            assertEquals(providerErrors.size(), error.providerErrors().size());
            for (int i = 0; i < providerErrors.size(); i++) {
                AtsHttpException.ProviderError parsed = error.providerErrors().get(i);
                assertEquals(providerErrors.get(i).path("status").asInt(), parsed.status());
                assertEquals(providerErrors.get(i).path("url").asText(), parsed.url());
                assertEquals(providerErrors.get(i).path("raw"), parsed.raw());
            }
        }
        assertFalse(examples.get(400).path("provider_errors").isEmpty(), "the 400 example carries provider errors");
    }

    @Test
    void theReadersEnumsAreTheSpecs() {
        OpenApiContract contract = OpenApiContract.load();
        JsonNode schemas = contract.spec().path("components").path("schemas");

        assertEquals(enumValues(schemas.path("AnswerEnum")), RequestFileReader.ANSWER_TYPES);
        assertEquals(enumValues(schemas.path("ApplicationStatusEnum")), RequestFileReader.APPLICATION_STATUSES);
    }

    private static Set<String> enumValues(JsonNode codedValueSchema) {
        Set<String> values = new HashSet<>();
        codedValueSchema.path("properties").path("value").path("enum").forEach(value -> {
            if (!value.isNull()) {
                values.add(value.asText());
            }
        });
        return values;
    }

    /**
     * The example of every answer the operation documents: its {@code example}/{@code examples} when the answer
     * has them, else one assembled from the {@code example} of each property of its schema.
     */
    private static Map<Integer, JsonNode> examples(OpenApiContract contract) {
        JsonNode spec = contract.spec();
        JsonNode responses = spec.path("paths").path(PATH).path("post").path("responses");
        Map<Integer, JsonNode> examples = new java.util.TreeMap<>();
        responses.properties().forEach(entry -> {
            JsonNode content = entry.getValue().path("content").path("application/json");
            JsonNode example;
            if (content.has("example")) {
                example = content.get("example");
            } else if (content.has("examples")) {
                example = content.get("examples").elements().next().path("value");
            } else {
                example = fromSchema(spec, content.path("schema"));
            }
            examples.put(Integer.valueOf(entry.getKey()), example);
        });
        return examples;
    }

    private static JsonNode fromSchema(JsonNode spec, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return fromSchema(spec, spec.path("components").path("schemas").path(name));
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("allOf")) {
            return fromSchema(spec, schema.get("allOf").get(0));
        }
        if (schema.has("properties")) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            schema.get("properties").properties().forEach(property -> {
                JsonNode value = fromSchema(spec, property.getValue());
                if (value != null) {
                    object.set(property.getKey(), value);
                }
            });
            return object;
        }
        if (schema.has("items")) {
            JsonNode item = fromSchema(spec, schema.get("items"));
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            return item == null ? null : array.add(item);
        }
        return null;
    }

    @Test
    void theAssembledErrorExampleHasTheDocumentedShape() {
        OpenApiContract contract = OpenApiContract.load();
        JsonNode badRequest = examples(contract).get(400);

        assertEquals(400, badRequest.path("statusCode").asInt());
        assertEquals("Bad Request", badRequest.path("message").asText());
        assertTrue(badRequest.path("provider_errors").path(0).path("raw").isObject(), badRequest::toString);
    }
}
