package dev.intake.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates JSON against the schemas of StackOne's ATS OpenAPI document in {@code ../shared/stackone}.
 *
 * <p>The document declares OpenAPI 3.1 but marks optional values with the 3.0 keyword {@code nullable}
 * and lists {@code null} inside enums. Before validating, every {@code nullable: true} schema is rewritten
 * to also accept JSON null, {@code #/components/schemas/X} references become {@code #/$defs/X}, and
 * {@code oneOf} becomes {@code anyOf}: the spec's unions overlap (a plain string and a date-time string),
 * and formats are annotations in draft 2020-12, so {@code oneOf} would reject every string value.
 */
public final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile OpenApiContract instance;

    private final JsonNode spec;
    private final ObjectNode defs;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private OpenApiContract(JsonNode spec) {
        this.spec = spec;
        this.defs = (ObjectNode) normalise(spec.path("components").path("schemas").deepCopy());
    }

    /** Where the spec is expected: {@code intake.shared.dir} (set by the build) or {@code ../shared}. */
    public static Path specPath() {
        String shared = System.getProperty("intake.shared.dir", "../shared");
        return Path.of(shared, "stackone", "ats-openapi.json");
    }

    /**
     * The loaded contract. When the spec is missing (a user's machine without {@code ../shared}) the calling
     * test is skipped with a message; in CI the spec is always present.
     */
    public static OpenApiContract load() {
        Path path = specPath();
        Assumptions.assumeTrue(Files.isRegularFile(path),
                () -> "StackOne OpenAPI document not found at " + path.toAbsolutePath() + "; contract test skipped");
        OpenApiContract local = instance;
        if (local == null) {
            synchronized (OpenApiContract.class) {
                local = instance;
                if (local == null) {
                    try {
                        local = new OpenApiContract(JSON.readTree(path.toFile()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    instance = local;
                }
            }
        }
        return local;
    }

    /** The raw OpenAPI document, e.g. to read examples. */
    public JsonNode spec() {
        return spec;
    }

    /** Violations of {@code body} against the component schema {@code schemaName}; empty when valid. */
    public List<String> violations(String schemaName, JsonNode body) {
        if (!defs.has(schemaName)) {
            throw new IllegalArgumentException("No schema named " + schemaName + " in the spec");
        }
        JsonSchema schema = compiled.computeIfAbsent(schemaName, this::compile);
        return schema.validate(body).stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /** Violations of a request body against the operation's JSON request schema. */
    public List<String> requestViolations(String method, String path, JsonNode body) {
        JsonNode schema = operation(method, path).path("requestBody").path("content").path("application/json")
                .path("schema");
        return violations(refName(schema), body);
    }

    /** Violations of a response body against the schema the operation declares for {@code status}. */
    public List<String> responseViolations(String method, String path, int status, JsonNode body) {
        JsonNode schema = operation(method, path).path("responses").path(Integer.toString(status)).path("content")
                .path("application/json").path("schema");
        return violations(refName(schema), body);
    }

    /** The (normalised) schema the spec declares for an operation's response with {@code status}, if any. */
    public Optional<JsonNode> responseSchema(String method, String path, int status) {
        JsonNode schema = operation(method, path).path("responses").path(Integer.toString(status)).path("content")
                .path("application/json").path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(defs.path(refName(schema)));
    }

    /** The statuses the spec declares for an operation. */
    public List<Integer> declaredStatuses(String method, String path) {
        List<Integer> statuses = new ArrayList<>();
        operation(method, path).path("responses").fieldNames().forEachRemaining(s -> statuses.add(Integer.valueOf(s)));
        return statuses;
    }

    private JsonNode operation(String method, String path) {
        JsonNode op = spec.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
        if (op.isMissingNode()) {
            throw new IllegalArgumentException("No operation " + method + " " + path + " in the spec");
        }
        return op;
    }

    private static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("Expected a $ref schema, got " + schema);
        }
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private JsonSchema compile(String schemaName) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/$defs/" + schemaName);
        root.set("$defs", defs);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        return factory.getSchema(root, config);
    }

    /** Rewrites the OpenAPI dialect into plain JSON Schema 2020-12 (see class comment). */
    static JsonNode normalise(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, normalise(array.get(i)));
            }
            return array;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            object.set(name, normalise(object.get(name)));
        }
        if (object.has("$ref")) {
            object.put("$ref", object.get("$ref").asText().replace("#/components/schemas/", "#/$defs/"));
        }
        if (object.has("oneOf")) {
            object.set("anyOf", object.remove("oneOf"));
        }
        // "example" values in the spec are documentation and sometimes contradict their own schema.
        object.remove("example");
        if (object.path("nullable").asBoolean(false)) {
            object.remove("nullable");
            JsonNode type = object.get("type");
            if (type != null && type.isTextual()) {
                ArrayNode types = object.putArray("type");
                types.add(type.asText());
                types.add("null");
                return object;
            }
            ObjectNode nullable = JsonNodeFactory.instance.objectNode();
            ArrayNode anyOf = nullable.putArray("anyOf");
            anyOf.addObject().put("type", "null");
            anyOf.add(object);
            return nullable;
        }
        object.remove("nullable");
        return object;
    }

    /** Convenience for tests: the body parsed from text. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
