package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The StackOne ATS endpoints the sandbox answers, over plain values: no HTTP server, no faults. Credentials,
 * account, routing, query parameters and bodies are checked here; {@link SandboxServer} carries the exchange.
 */
final class SandboxApi {
    static final String APPLICATIONS = "/unified/ats/applications";
    static final int DEFAULT_PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 1_000;

    private static final Pattern CANDIDATE = Pattern.compile("/unified/ats/candidates/([^/]+)");
    private static final Pattern APPLICATION = Pattern.compile("/unified/ats/applications/([^/]+)");
    private static final Pattern NOTES = Pattern.compile("/unified/ats/applications/([^/]+)/notes");
    private static final Pattern UPLOAD = Pattern.compile("/unified/ats/applications/([^/]+)/documents/upload");
    private static final Pattern STAGES = Pattern.compile("/unified/ats/jobs/([^/]+)/application_stages");
    private static final Set<String> JOB_STATUSES = new LinkedHashSet<>(List.of("open", "draft", "published",
            "pending", "internal", "archived", "closed", "deleted", "on_hold"));
    private static final String CURSOR_PREFIX = "sbx1:";

    /** An answer: status, JSON body and extra headers. */
    record Response(int status, JsonNode body, Map<String, String> headers) {
        Response(int status, JsonNode body) {
            this(status, body, Map.of());
        }
    }

    private final SandboxData data;
    private final ApplicationCheck check;
    private final SandboxFollowUps followUps;
    private final String apiKey;
    private final String accountId;
    private final FaultKnobs knobs;

    /** {@code knobs} give the read lag of lists and the clock it is measured on. */
    SandboxApi(SandboxData data, String apiKey, String accountId, FaultKnobs knobs) {
        this.data = data;
        this.check = new ApplicationCheck(data);
        this.followUps = new SandboxFollowUps(data);
        this.apiKey = apiKey;
        this.accountId = accountId;
        this.knobs = knobs;
    }

    SandboxData data() {
        return data;
    }

    /** The notes and documents added onto applications. */
    SandboxFollowUps followUps() {
        return followUps;
    }

    /**
     * Answers one request. {@code body} is read only by operations that take one.
     *
     * @param header a case-insensitive header lookup (null when absent)
     */
    Response handle(String method, URI uri, Function<String, String> header, Supplier<byte[]> body) {
        String path = uri.getRawPath();
        Instant now = Instant.now();
        try {
            authenticate(header.apply("Authorization"));
            checkAccount(header.apply("x-account-id"));
            return route(method, path, query(uri.getRawQuery()), body, now);
        } catch (ApiError error) {
            Map<String, String> headers = error.status() == 401
                    ? Map.of("WWW-Authenticate", "Basic realm=\"StackOne\"") : Map.of();
            return new Response(error.status(), error.body(uri.toString(), now), headers);
        }
    }

    private void authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiError.gateway(401, "authorization", "missing; send Basic credentials with the API key as the "
                    + "user name");
        }
        String[] scheme = authorization.trim().split("\\s+", 2);
        if (!scheme[0].equalsIgnoreCase("Basic") || scheme.length < 2) {
            throw ApiError.gateway(401, "authorization", "use the Basic scheme with the API key as the user name");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(scheme[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.gateway(401, "authorization", "the Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        if (!user.equals(apiKey)) {
            throw ApiError.gateway(401, "authorization", "invalid API key");
        }
    }

    private void checkAccount(String account) {
        if (account == null || account.isBlank()) {
            throw ApiError.gateway(400, "x-account-id", "header is required");
        }
        if (!account.trim().equals(accountId)) {
            throw ApiError.gateway(404, "x-account-id", "no linked account with id '" + account.trim() + "'");
        }
    }

    private Response route(String method, String path, Map<String, String> query, Supplier<byte[]> body,
            Instant now) {
        if (method.equals("POST") && path.equals(APPLICATIONS)) {
            return create(body.get(), now);
        }
        Matcher notes = NOTES.matcher(path);
        Matcher upload = UPLOAD.matcher(path);
        if (method.equals("POST") && notes.matches()) {
            return new Response(201, followUps.addNote(decode(notes.group(1), "id"), body.get(), now));
        }
        if (method.equals("POST") && upload.matches()) {
            return new Response(201, followUps.upload(decode(upload.group(1), "id"), body.get(), now));
        }
        if (method.equals("GET") && notes.matches()) {
            return list(path, followUps.notes(decode(notes.group(1), "id")), query, always(), Set.of());
        }
        if (!method.equals("GET")) {
            throw ApiError.plain(404, "Cannot " + method + " " + path);
        }
        Matcher candidate = CANDIDATE.matcher(path);
        Matcher application = APPLICATION.matcher(path);
        Matcher stages = STAGES.matcher(path);
        if (application.matches()) {
            // Read by id: shown at once, whatever the read lag of lists (as in the ATSs it imitates).
            String id = decode(application.group(1), "id");
            ObjectNode node = data.applicationNode(id);
            if (node == null) {
                throw ApiError.gateway(404, "id", "no application with id '" + id + "'");
            }
            ObjectNode result = Json.mapper().createObjectNode();
            result.set("data", project(node, query, Set.of()));
            return new Response(200, result);
        }
        if (candidate.matches()) {
            String id = decode(candidate.group(1), "id");
            ObjectNode node = data.candidateNode(id);
            if (node == null) {
                throw ApiError.gateway(404, "id", "no candidate with id '" + id + "'");
            }
            ObjectNode result = Json.mapper().createObjectNode();
            result.set("data", project(node, query, Set.of("custom_fields")));
            return new Response(200, result);
        }
        if (stages.matches()) {
            String id = decode(stages.group(1), "id");
            ObjectNode job = data.jobNode(id);
            if (job == null) {
                throw ApiError.gateway(404, "id", "no job with id '" + id + "'");
            }
            return list(path, data.stageNodes(job), query, always(), Set.of());
        }
        return switch (path) {
            case "/unified/ats/jobs" -> list(path, data.jobNodes(), query, jobFilter(query), Set.of());
            case "/unified/ats/job_postings" -> list(path, data.postingNodes(), query, always(),
                    Set.of("questionnaires"));
            case "/unified/ats/locations" -> list(path, data.locationNodes(), query, always(), Set.of());
            case "/unified/ats/departments" -> list(path, data.departmentNodes(), query, always(), Set.of());
            case "/unified/ats/candidates" -> list(path, data.listedCandidateNodes(knobs.nanoTime(), lagNanos()),
                    query, candidateFilter(query), Set.of("custom_fields"));
            case "/unified/ats/custom_field_definitions/candidates" -> list(path, data.customFieldNodes(), query,
                    always(), Set.of());
            case "/unified/ats/users" -> list(path, data.userNodes(), query, always(), Set.of());
            case "/unified/ats/documents/application_categories" -> list(path, data.categoryNodes(), query,
                    always(), Set.of());
            case APPLICATIONS -> list(path, data.listedApplicationNodes(knobs.nanoTime(), lagNanos()), query,
                    applicationFilter(query), Set.of());
            default -> throw ApiError.plain(404, "Cannot GET " + path);
        };
    }

    private long lagNanos() {
        return knobs.readLag().toNanos();
    }

    private Response create(byte[] body, Instant now) {
        ApplicationCheck.Accepted accepted = check.check(body);
        ObjectNode application = data.create(accepted, body.length, now, knobs.nanoTime());
        ObjectNode result = Json.mapper().createObjectNode();
        result.put("statusCode", 201);
        result.put("message", "Record created successfully.");
        result.put("timestamp", IsoInstant.format(now));
        result.putObject("data").put("id", application.get("id").asText())
                .put("remote_id", application.get("remote_id").asText());
        return new Response(201, result);
    }

    // ---------------------------------------------------------------- lists

    /**
     * One page of {@code items} that pass {@code filter} and the generic date filters. Fields in
     * {@code onRequest} are sent only when named in {@code include}, as StackOne does.
     */
    private static Response list(String path, List<ObjectNode> items, Map<String, String> query,
            Predicate<ObjectNode> filter, Set<String> onRequest) {
        int pageSize = pageSize(query.get("page_size"));
        int offset = offset(path, query.get("next"));
        Predicate<ObjectNode> all = filter.and(after(query, "updated_after", "updated_at"))
                .and(after(query, "created_after", "created_at"));
        List<ObjectNode> matching = items.stream().filter(all).toList();
        ObjectNode result = Json.mapper().createObjectNode();
        ArrayNode page = result.putArray("data");
        int end = (int) Math.min((long) offset + pageSize, matching.size());
        for (int i = offset; i < end; i++) {
            page.add(project(matching.get(i), query, onRequest));
        }
        if (end < matching.size()) {
            result.put("next", cursor(path, end));
        } else {
            result.putNull("next");
        }
        return new Response(200, result);
    }

    /** A shallow copy with only the requested fields: {@code fields} selects, {@code include} adds extras. */
    private static ObjectNode project(ObjectNode item, Map<String, String> query, Set<String> onRequest) {
        Set<String> included = csv(query.get("include"));
        Set<String> fields = csv(query.get("fields"));
        ObjectNode out = Json.mapper().createObjectNode();
        item.properties().forEach(entry -> {
            String name = entry.getKey();
            boolean wanted = fields.isEmpty() || fields.contains(name);
            boolean allowed = !onRequest.contains(name) || included.contains(name);
            if (wanted && allowed) {
                out.set(name, entry.getValue());
            }
        });
        return out;
    }

    private static Set<String> csv(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }

    private static int pageSize(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the allowed range.
        }
        throw ApiError.gateway(400, "page_size", "must be a whole number from 1 to " + MAX_PAGE_SIZE + ", not '"
                + value + "'");
    }

    /** Cursors are opaque to clients: base64 of the list they belong to and an offset. */
    static String cursor(String path, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + path + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String path, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            String expected = CURSOR_PREFIX + path + ":";
            if (decoded.startsWith(expected)) {
                int offset = Integer.parseInt(decoded.substring(expected.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // Not base64 or not a number: reported below.
        }
        throw ApiError.gateway(400, "next", "is not a cursor this list returned; start again without next");
    }

    private static Predicate<ObjectNode> always() {
        return item -> true;
    }

    private static Predicate<ObjectNode> after(Map<String, String> query, String name, String field) {
        String value = query.getOrDefault("filter[" + name + "]", query.get(name));
        if (value == null || value.isBlank()) {
            return always();
        }
        Instant limit = IsoInstant.parseOrNull(value);
        if (limit == null) {
            throw ApiError.gateway(400, query.containsKey("filter[" + name + "]") ? "filter[" + name + "]" : name,
                    "'" + value + "' is not an ISO-8601 date-time such as 2020-01-01T00:00:00.000Z");
        }
        return item -> {
            Instant at = IsoInstant.parseOrNull(item.path(field).asText(null));
            return at != null && at.isAfter(limit);
        };
    }

    private static Predicate<ObjectNode> jobFilter(Map<String, String> query) {
        Predicate<ObjectNode> filter = always();
        for (String name : List.of("filter[status]", "filter[job_status]")) {
            String status = query.get(name);
            if (status == null || status.isBlank()) {
                continue;
            }
            if (!JOB_STATUSES.contains(status)) {
                throw ApiError.gateway(400, name, "'" + status + "' is not one of " + String.join(", ",
                        JOB_STATUSES));
            }
            filter = filter.and(job -> job.path("job_status").path("value").asText().equals(status));
        }
        return filter;
    }

    private static Predicate<ObjectNode> candidateFilter(Map<String, String> query) {
        String email = query.get("filter[email]");
        return email == null || email.isBlank() ? always() : candidate -> SandboxData.hasEmail(candidate, email);
    }

    private static Predicate<ObjectNode> applicationFilter(Map<String, String> query) {
        Predicate<ObjectNode> filter = always();
        String jobId = query.getOrDefault("filter[job_id]", query.get("job_id"));
        if (jobId != null && !jobId.isBlank()) {
            filter = filter.and(application -> application.path("job_id").asText().equals(jobId));
        }
        String stage = query.getOrDefault("filter[application_stage_id]", query.get("filter[stage]"));
        if (stage != null && !stage.isBlank()) {
            filter = filter.and(application -> application.path("application_stage_id").asText().equals(stage));
        }
        return filter;
    }

    /** Query parameters, decoded; deep-object names such as {@code filter[email]} are kept as written. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "query");
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
            query.put(name, value);
        }
        return query;
    }

    private static String decode(String text, String field) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.gateway(400, field, "'" + text + "' is not correctly percent-encoded");
        }
    }
}
