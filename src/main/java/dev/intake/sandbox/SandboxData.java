package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Application;
import dev.intake.ats.ApplicationStage;
import dev.intake.ats.Candidate;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.Department;
import dev.intake.ats.DocumentCategory;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Json;
import dev.intake.ats.Location;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The sandbox's records. The catalogue (jobs, postings, locations, departments, field definitions, document
 * categories) never changes after start; candidates and applications grow as applications are created.
 * Records are kept as StackOne JSON and never modified in place: an update replaces the node, so a page being
 * written while an application is created stays consistent. Thread-safe.
 *
 * <p>The public methods give tests (and anything else in-process) a typed, read-only view.
 */
public final class SandboxData {
    private final SandboxSeed seed;
    private final SandboxSeed.Catalogue catalogue;
    private final Map<String, ObjectNode> jobsById;
    private final Map<String, ObjectNode> postingsById;
    private final Map<String, List<ObjectNode>> postingsByJob = new HashMap<>();
    private final Map<String, ObjectNode> locationsById;
    private final Map<String, ObjectNode> customFieldsById;
    private final Map<String, ObjectNode> categoriesById;
    private final List<ObjectNode> users;
    private final SandboxNotes notes = new SandboxNotes();

    private final Object lock = new Object();
    private final List<ObjectNode> candidates;
    private final Map<String, Integer> candidateIndex = new HashMap<>();
    private final List<ObjectNode> applications;
    private final Map<String, Integer> applicationIndex = new HashMap<>();
    private final Map<String, JsonNode> requestBodies = new LinkedHashMap<>();
    private final ListedView listed = new ListedView();
    private final SandboxOptions.Limits limits;
    private long storedBodyBytes;
    private long nextRemoteId = 9_500_000;

    SandboxData(long seedValue, int jobCount, SandboxOptions.Limits limits) {
        this.limits = limits;
        seed = new SandboxSeed(seedValue);
        catalogue = seed.build(jobCount);
        jobsById = index(catalogue.jobs());
        postingsById = index(catalogue.postings());
        for (ObjectNode posting : catalogue.postings()) {
            postingsByJob.computeIfAbsent(posting.get("job_id").asText(), k -> new ArrayList<>()).add(posting);
        }
        locationsById = index(catalogue.locations());
        customFieldsById = index(catalogue.customFieldDefinitions());
        categoriesById = index(catalogue.documentCategories());
        users = SeedUsers.users(seed);
        candidates = new ArrayList<>(catalogue.candidates());
        for (int i = 0; i < candidates.size(); i++) {
            candidateIndex.put(candidates.get(i).get("id").asText(), i);
        }
        applications = new ArrayList<>(catalogue.applications());
        for (int i = 0; i < applications.size(); i++) {
            applicationIndex.put(applications.get(i).get("id").asText(), i);
        }
    }

    private static Map<String, ObjectNode> index(List<ObjectNode> nodes) {
        Map<String, ObjectNode> byId = new HashMap<>(nodes.size() * 2);
        nodes.forEach(node -> byId.put(node.get("id").asText(), node));
        return byId;
    }

    // ---------------------------------------------------------------- typed read access

    public List<Job> jobs() {
        return typed(catalogue.jobs(), Job.class);
    }

    public Optional<Job> job(String id) {
        return Optional.ofNullable(jobsById.get(id)).map(node -> convert(node, Job.class));
    }

    public List<JobPosting> jobPostings() {
        return typed(catalogue.postings(), JobPosting.class);
    }

    /** The postings of one job, in catalogue order (empty for jobs without postings). */
    public List<JobPosting> jobPostingsOf(String jobId) {
        return typed(postingsByJob.getOrDefault(jobId, List.of()), JobPosting.class);
    }

    public List<Location> locations() {
        return typed(catalogue.locations(), Location.class);
    }

    public List<Department> departments() {
        return typed(catalogue.departments(), Department.class);
    }

    public List<CustomFieldDefinition> candidateCustomFieldDefinitions() {
        return typed(catalogue.customFieldDefinitions(), CustomFieldDefinition.class);
    }

    public List<DocumentCategory> documentCategories() {
        return typed(catalogue.documentCategories(), DocumentCategory.class);
    }

    /** A job's stages; empty for an unknown job. */
    public List<ApplicationStage> applicationStages(String jobId) {
        ObjectNode job = jobsById.get(jobId);
        return job == null ? List.of() : typed(seed.stages(job), ApplicationStage.class);
    }

    public List<Candidate> candidates() {
        return typed(candidateNodes(), Candidate.class);
    }

    public Optional<Candidate> candidate(String id) {
        return Optional.ofNullable(candidateNode(id)).map(node -> convert(node, Candidate.class));
    }

    /** Candidates with this address as {@code email} or in {@code emails}, ignoring case, as the API filters. */
    public List<Candidate> candidatesByEmail(String email) {
        return typed(candidateNodes().stream().filter(node -> hasEmail(node, email)).toList(), Candidate.class);
    }

    public List<Application> applications() {
        return typed(applicationNodes(), Application.class);
    }

    public Optional<Application> application(String id) {
        synchronized (lock) {
            Integer index = applicationIndex.get(id);
            return Optional.ofNullable(index == null ? null : convert(applications.get(index), Application.class));
        }
    }

    /** Applications created through {@code POST /unified/ats/applications} since start, oldest first. */
    public List<Application> createdApplications() {
        synchronized (lock) {
            return requestBodies.keySet().stream()
                    .map(id -> convert(applications.get(applicationIndex.get(id)), Application.class)).toList();
        }
    }

    /** The body exactly as received for a created application, e.g. to check answers and documents arrived. */
    public Optional<JsonNode> requestBody(String applicationId) {
        synchronized (lock) {
            return Optional.ofNullable(requestBodies.get(applicationId)).map(JsonNode::deepCopy);
        }
    }

    // ---------------------------------------------------------------- raw access for the API

    List<ObjectNode> jobNodes() {
        return catalogue.jobs();
    }

    ObjectNode jobNode(String id) {
        return jobsById.get(id);
    }

    List<ObjectNode> postingNodes() {
        return catalogue.postings();
    }

    ObjectNode postingNode(String id) {
        return postingsById.get(id);
    }

    List<ObjectNode> locationNodes() {
        return catalogue.locations();
    }

    ObjectNode locationNode(String id) {
        return locationsById.get(id);
    }

    List<ObjectNode> departmentNodes() {
        return catalogue.departments();
    }

    List<ObjectNode> customFieldNodes() {
        return catalogue.customFieldDefinitions();
    }

    ObjectNode customFieldNode(String id) {
        return customFieldsById.get(id);
    }

    List<ObjectNode> categoryNodes() {
        return catalogue.documentCategories();
    }

    ObjectNode categoryNode(String id) {
        return categoriesById.get(id);
    }

    /** The notes added to applications through the API. */
    public SandboxNotes notes() {
        return notes;
    }

    List<ObjectNode> userNodes() {
        return users;
    }

    List<ObjectNode> stageNodes(ObjectNode job) {
        return seed.stages(job);
    }

    /** One application by id, as a read by id shows it: at once, whatever the read lag of lists. */
    ObjectNode applicationNode(String id) {
        synchronized (lock) {
            Integer index = applicationIndex.get(id);
            return index == null ? null : applications.get(index);
        }
    }

    /** A snapshot: later creations do not change the returned list. */
    List<ObjectNode> candidateNodes() {
        synchronized (lock) {
            return List.copyOf(candidates);
        }
    }

    ObjectNode candidateNode(String id) {
        synchronized (lock) {
            Integer index = candidateIndex.get(id);
            return index == null ? null : candidates.get(index);
        }
    }

    /** A snapshot: later creations do not change the returned list. */
    List<ObjectNode> applicationNodes() {
        synchronized (lock) {
            return List.copyOf(applications);
        }
    }

    /** Candidates as lists show them at {@code nowNanos} with a read lag of {@code lagNanos} ({@link ListedView}). */
    List<ObjectNode> listedCandidateNodes(long nowNanos, long lagNanos) {
        synchronized (lock) {
            return listed.candidates(List.copyOf(candidates), nowNanos, lagNanos);
        }
    }

    /** Applications as list calls show them {@code lagNanos} after writes, at {@code nowNanos}. */
    List<ObjectNode> listedApplicationNodes(long nowNanos, long lagNanos) {
        synchronized (lock) {
            return listed.applications(List.copyOf(applications), nowNanos, lagNanos);
        }
    }

    static boolean hasEmail(JsonNode candidate, String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        if (candidate.path("email").asText("").toLowerCase(Locale.ROOT).equals(wanted)) {
            return true;
        }
        for (JsonNode entry : candidate.path("emails")) {
            if (entry.path("value").asText("").toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- creation

    /**
     * Stores a checked application (and its new candidate) and returns the application as listed.
     * Ids are fresh at every call; {@code remote_id}s count up. {@code nanos} is when, on the fault knobs' clock,
     * for the read lag.
     *
     * @param bodyBytes the size of the request body, which is kept
     * @throws ApiError 403 when this run already keeps as many applications, or as many bytes of their bodies, as
     *                  its {@link SandboxOptions.Limits} allow; nothing is stored then
     */
    ObjectNode create(ApplicationCheck.Accepted accepted, int bodyBytes, Instant now, long nanos) {
        String timestamp = IsoInstant.format(now);
        synchronized (lock) {
            checkRoomFor(bodyBytes);
            storedBodyBytes += bodyBytes;
            String applicationId = UUID.randomUUID().toString();
            String applicationRemoteId = String.valueOf(nextRemoteId++);
            ObjectNode candidate = accepted.existingCandidate() != null
                    ? accepted.existingCandidate().deepCopy()
                    : newCandidate(accepted.newCandidate(), timestamp);
            candidate.withArray("application_ids").add(applicationId);
            candidate.withArray("remote_application_ids").add(applicationRemoteId);
            candidate.put("updated_at", timestamp);
            String candidateId = candidate.get("id").asText();
            Integer existing = candidateIndex.get(candidateId);
            if (existing == null) {
                candidateIndex.put(candidateId, candidates.size());
                candidates.add(candidate);
                listed.candidate(candidateId, null, candidate, nanos);
            } else {
                listed.candidate(candidateId, candidates.get(existing), candidate, nanos);
                candidates.set(existing, candidate);
            }
            ObjectNode application = application(accepted, applicationId, applicationRemoteId, candidate, timestamp);
            listed.application(applicationId, nanos);
            applicationIndex.put(applicationId, applications.size());
            applications.add(application);
            requestBodies.put(applicationId, accepted.body().deepCopy());
            return application;
        }
    }

    private void checkRoomFor(int bodyBytes) {
        if (requestBodies.size() >= limits.maxApplications()) {
            throw ApiError.plain(403, "The sandbox is full: it keeps at most " + limits.maxApplications()
                    + " applications created in one run. Restart the sandbox to start afresh");
        }
        if (storedBodyBytes + bodyBytes > limits.maxStoredBodyBytes()) {
            throw ApiError.plain(403, "The sandbox is full: it keeps at most " + limits.maxStoredBodyBytes()
                    + " bytes of request bodies in one run, and " + storedBodyBytes + " are taken. Restart the "
                    + "sandbox to start afresh");
        }
    }

    private ObjectNode newCandidate(JsonNode given, String timestamp) {
        ObjectNode candidate = Json.mapper().createObjectNode();
        candidate.put("id", UUID.randomUUID().toString());
        candidate.put("remote_id", String.valueOf(nextRemoteId++));
        String first = text(given, "first_name");
        String last = text(given, "last_name");
        String name = text(given, "name");
        candidate.put("name", name != null ? name
                : ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim());
        copyText(given, candidate, "first_name", "last_name", "email", "company", "title", "country", "hired_at");
        String email = text(given, "email");
        if (email != null) {
            candidate.putArray("emails").addObject().put("type", "personal").put("value", email);
        }
        ArrayNode phones = Json.mapper().createArrayNode();
        String phone = text(given, "phone_number");
        if (phone != null) {
            phones.addObject().put("type", "personal").put("phone", phone);
        }
        given.path("phone_numbers").forEach(p -> phones.add(p.deepCopy()));
        if (!phones.isEmpty()) {
            candidate.set("phone_numbers", phones);
        }
        copyArray(given, candidate, "social_links");
        if (given.path("custom_fields").isArray()) {
            ArrayNode fields = candidate.putArray("custom_fields");
            for (JsonNode field : given.get("custom_fields")) {
                ObjectNode stored = field.deepCopy();
                ObjectNode definition = customFieldsById.get(field.path("id").asText(""));
                if (definition != null) {
                    stored.put("remote_id", definition.get("remote_id").asText());
                    stored.put("name", definition.get("name").asText());
                }
                fields.add(stored);
            }
        }
        candidate.put("created_at", timestamp);
        return candidate;
    }

    private ObjectNode application(ApplicationCheck.Accepted accepted, String id, String remoteId,
            ObjectNode candidate, String timestamp) {
        ObjectNode job = accepted.job();
        ObjectNode application = Json.mapper().createObjectNode();
        application.put("id", id);
        application.put("remote_id", remoteId);
        application.put("candidate_id", candidate.get("id").asText());
        application.put("remote_candidate_id", candidate.get("remote_id").asText());
        application.put("job_id", job.get("id").asText());
        application.put("remote_job_id", job.get("remote_id").asText());
        String locationId = accepted.locationId();
        if (locationId != null) {
            application.putArray("location_ids").add(locationId);
        }
        JsonNode status = accepted.applicationStatus();
        application.set("application_status", status != null ? status.deepCopy()
                : SeedNodes.coded("new", "New"));
        ObjectNode firstStage = seed.stages(job).getFirst();
        application.set("application_stage", firstStage);
        application.put("application_stage_id", firstStage.get("id").asText());
        application.put("remote_application_stage_id", firstStage.get("remote_id").asText());
        if (accepted.questionnaires() != null) {
            application.set("questionnaires", accepted.questionnaires().deepCopy());
        }
        if (accepted.source() != null) {
            application.set("source", accepted.source().deepCopy());
        }
        ObjectNode summary = application.putObject("candidate");
        copyText(candidate, summary, "name", "first_name", "last_name", "email");
        if (accepted.documents() != null) {
            ArrayNode documents = application.putArray("documents");
            int n = 0;
            for (JsonNode document : accepted.documents()) {
                ObjectNode stored = documents.addObject();
                stored.put("id", id + "-doc-" + n++);
                copyText(document, stored, "name", "category_id");
                if (document.hasNonNull("file_format")) {
                    stored.set("file_format", document.get("file_format").deepCopy());
                }
                stored.put("created_at", timestamp);
                stored.put("updated_at", timestamp);
            }
        }
        application.put("created_at", timestamp);
        application.put("updated_at", timestamp);
        return application;
    }

    // ---------------------------------------------------------------- helpers

    private static <T> List<T> typed(List<ObjectNode> nodes, Class<T> type) {
        return nodes.stream().map(node -> convert(node, type)).toList();
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        return Json.mapper().convertValue(node, type);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static void copyText(JsonNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            String value = text(from, field);
            if (value != null) {
                to.put(field, value);
            }
        }
    }

    private static void copyArray(JsonNode from, ObjectNode to, String field) {
        if (from.path(field).isArray()) {
            to.set(field, from.get(field).deepCopy());
        }
    }
}
