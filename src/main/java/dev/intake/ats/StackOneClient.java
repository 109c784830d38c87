package dev.intake.ats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.intake.common.Lazy;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * {@link Ats} over StackOne's unified ATS API (or anything that speaks it, such as the embedded sandbox).
 *
 * <p>One instance per account. It derives its OkHttp client from a shared one, adding auth, user agent and
 * redacted logging, so profiles share connections and threads. The create is never resent by this class.
 */
public final class StackOneClient implements Ats {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final System.Logger LOG = System.getLogger("dev.intake.ats.http");
    /** Hosts plain HTTP may go to: this computer only, as {@link HttpUrl#host()} spells them. */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    /** How much of a body is written between two progress reports. */
    static final int UPLOAD_CHUNK_BYTES = 64 * 1024;

    private final StackOneHttp http;
    private final List<Consumer<Upload>> uploadListeners = new CopyOnWriteArrayList<>();

    /** A client on the shared OkHttp client. */
    public StackOneClient(AtsConnection connection) {
        this(connection, HttpClients.shared());
    }

    /** A client on {@code base} (for example one with shorter timeouts in tests). */
    public StackOneClient(AtsConnection connection, OkHttpClient base) {
        this(connection, Lazy.ofValue(base));
    }

    /** A client on the client {@code base} makes when the first call needs it (it may set up TLS). */
    public StackOneClient(AtsConnection connection, Supplier<OkHttpClient> base) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(base, "base");
        HttpUrl url = HttpUrl.parse(connection.baseUrl());
        if (url == null) {
            throw new IllegalArgumentException(
                    "The ATS address \"" + connection.baseUrl() + "\" is not an http:// or https:// URL.");
        }
        if (!url.isHttps() && !LOOPBACK.contains(url.host())) {
            // The API key goes with every request: over plain HTTP it would cross the network readable by anyone.
            throw new IllegalArgumentException("The ATS address \"" + connection.baseUrl() + "\" uses plain http:// "
                    + "for " + url.host() + ", which would send the API key unencrypted. Use https://" + url.host()
                    + " (plain http:// is allowed only for this computer: localhost, 127.0.0.1, [::1]).");
        }
        Supplier<OkHttpClient> client = () -> base.get().newBuilder()
                .addInterceptor(new RedactedLoggingInterceptor(LOG))
                .addInterceptor(new UserAgentInterceptor())
                .addInterceptor(new AuthInterceptor(connection.apiKey(), connection.accountId()))
                .eventListenerFactory(SendProgress.LISTENERS)
                .build();
        this.http = new StackOneHttp(client, url, Redactor.forServerText(connection.apiKey()), Clock.systemUTC());
    }

    @Override
    public CreateResult createApplication(CreateApplicationRequest request) {
        return http.execute(createRequest(request), StackOneClient::readResult);
    }

    @Override
    public CompletableFuture<CreateResult> createApplicationAsync(CreateApplicationRequest request) {
        Request httpRequest;
        try {
            httpRequest = createRequest(request);
        } catch (InvalidRequestException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.executeAsync(httpRequest, StackOneClient::readResult);
    }

    @Override
    public Runnable addUploadListener(Consumer<Upload> listener) {
        Objects.requireNonNull(listener, "listener");
        uploadListeners.add(listener);
        return () -> uploadListeners.remove(listener);
    }

    private Request createRequest(CreateApplicationRequest request) {
        Objects.requireNonNull(request, "request");
        request.checkCandidateChoice();
        SendProgress progress = new SendProgress();
        byte[] body = requestBody(request);
        return StackOneHttp.newRequest(http.url("unified/ats/applications").build(), progress)
                .post(new OneShotJson(body, written -> {
                    progress.bodyWritten(written);
                    reportUpload(new Upload(request, written, body.length));
                }))
                .build();
    }

    private void reportUpload(Upload upload) {
        for (Consumer<Upload> listener : uploadListeners) {
            try {
                listener.accept(upload);
            } catch (RuntimeException e) {
                // Showing progress must never break the upload.
                LOG.log(System.Logger.Level.WARNING, "An upload listener failed", e);
            }
        }
    }

    @Override
    public CreateResult createNote(String applicationId, CreateNoteRequest request) {
        Objects.requireNonNull(request, "request");
        return postOnce(applicationPath(applicationId).addPathSegment("notes").build(), request);
    }

    @Override
    public PageSource<Note> applicationNotes(String applicationId, int pageSize) {
        return pages(applicationPath(applicationId).addPathSegment("notes"), Map.of(), Note.class, pageSize);
    }

    @Override
    public CreateResult uploadDocument(String applicationId, CreateApplicationRequest.DocumentUpload document) {
        Objects.requireNonNull(document, "document");
        return postOnce(applicationPath(applicationId).addPathSegments("documents/upload").build(), document);
    }

    private HttpUrl.Builder applicationPath(String applicationId) {
        if (applicationId == null || applicationId.isBlank()) {
            throw new IllegalArgumentException("An application id is needed");
        }
        return http.url("unified/ats/applications").addPathSegment(applicationId);
    }

    /** A POST sent at most once (the write client neither replays nor redirects it), read as a create's answer. */
    private CreateResult postOnce(HttpUrl url, Object body) {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("passthrough",
                    "The request holds a value that cannot be written as JSON: " + e.getOriginalMessage());
        }
        SendProgress progress = new SendProgress();
        return http.execute(StackOneHttp.newRequest(url, progress)
                .post(new OneShotJson(bytes, progress::bodyWritten)).build(), StackOneClient::readResult);
    }

    /** The create's JSON body exactly as sent (also what the benchmark measures). */
    static byte[] requestBody(CreateApplicationRequest request) {
        try {
            return Codecs.REQUEST_WRITER.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            // Only a free-form value (passthrough, a custom field) that is not JSON can get here.
            throw new InvalidRequestException("passthrough",
                    "The request holds a value that cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads a create's answer exactly as the client does (also what the benchmark measures). */
    static CreateResult readResult(byte[] body) throws IOException {
        return Codecs.RESULT_READER.readValue(body);
    }

    @Override
    public PageSource<Job> jobs(String status, int pageSize) {
        Map<String, String> query = new LinkedHashMap<>();
        if (status != null && !status.isBlank()) {
            // The spec deprecates filter[status] in favour of filter[job_status]; integrations differ in which one
            // they honour, so both carry the same value.
            query.put(Query.deepObject("filter", "status"), Query.encode(status));
            query.put(Query.deepObject("filter", "job_status"), Query.encode(status));
        }
        return pages("unified/ats/jobs", query, Job.class, pageSize);
    }

    @Override
    public PageSource<JobPosting> jobPostings(int pageSize) {
        return pages("unified/ats/job_postings", Map.of("include", "questionnaires"), JobPosting.class, pageSize);
    }

    @Override
    public PageSource<Location> locations(int pageSize) {
        return pages("unified/ats/locations", Map.of(), Location.class, pageSize);
    }

    @Override
    public PageSource<Department> departments(int pageSize) {
        return pages("unified/ats/departments", Map.of(), Department.class, pageSize);
    }

    @Override
    public PageSource<Candidate> candidatesByEmail(String email, int pageSize) {
        Objects.requireNonNull(email, "email");
        return pages("unified/ats/candidates", Map.of(Query.deepObject("filter", "email"), Query.encode(email)),
                Candidate.class, pageSize);
    }

    @Override
    public Candidate candidate(String id) {
        Objects.requireNonNull(id, "id");
        HttpUrl url = http.url("unified/ats/candidates").addPathSegment(id).build();
        ObjectReader reader = Json.mapper().readerFor(
                Json.mapper().getTypeFactory().constructParametricType(DataEnvelope.class, Candidate.class));
        DataEnvelope<Candidate> envelope = http.execute(StackOneHttp.newRequest(url).get().build(), reader::readValue);
        return envelope.data();
    }

    @Override
    public PageSource<CustomFieldDefinition> candidateCustomFieldDefinitions(int pageSize) {
        return pages("unified/ats/custom_field_definitions/candidates", Map.of(), CustomFieldDefinition.class,
                pageSize);
    }

    @Override
    public PageSource<DocumentCategory> documentCategories(int pageSize) {
        return pages("unified/ats/documents/application_categories", Map.of(), DocumentCategory.class, pageSize);
    }

    @Override
    public PageSource<AtsUser> users(int pageSize) {
        return pages("unified/ats/users", Map.of(), AtsUser.class, pageSize);
    }

    @Override
    public PageSource<ApplicationStage> applicationStages(String jobId, int pageSize) {
        Objects.requireNonNull(jobId, "jobId");
        return pages(http.url("unified/ats/jobs").addPathSegment(jobId).addPathSegment("application_stages"),
                Map.of(), ApplicationStage.class, pageSize);
    }

    @Override
    public PageSource<Application> applications(String jobId, String createdAfter, int pageSize) {
        Map<String, String> query = new LinkedHashMap<>();
        if (jobId != null && !jobId.isBlank()) {
            query.put(Query.deepObject("filter", "job_id"), Query.encode(jobId));
        }
        if (createdAfter != null && !createdAfter.isBlank()) {
            query.put(Query.deepObject("filter", "created_after"), Query.encode(createdAfter));
        }
        return pages("unified/ats/applications", query, Application.class, pageSize);
    }

    @Override
    public Application application(String id) {
        Objects.requireNonNull(id, "id");
        HttpUrl url = http.url("unified/ats/applications").addPathSegment(id).build();
        ObjectReader reader = Json.mapper().readerFor(
                Json.mapper().getTypeFactory().constructParametricType(DataEnvelope.class, Application.class));
        DataEnvelope<Application> envelope = http.execute(StackOneHttp.newRequest(url).get().build(),
                reader::readValue);
        return envelope.data();
    }

    private <T> PageSource<T> pages(String path, Map<String, String> encodedQuery, Class<T> type, int pageSize) {
        return pages(http.url(path), encodedQuery, type, pageSize);
    }

    private <T> PageSource<T> pages(HttpUrl.Builder path, Map<String, String> encodedQuery, Class<T> type,
            int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        JavaType pageType = Json.mapper().getTypeFactory().constructParametricType(Page.class, type);
        return new CursorPages<>(http, path.build(), Immutable.map(encodedQuery), pageSize,
                Json.mapper().readerFor(pageType));
    }

    /** {@code {"data": ...}}, the envelope of single-record answers. */
    record DataEnvelope<T>(T data) {
    }

    /** A list endpoint with fixed filters, fetched page by page along StackOne's {@code next} cursor. */
    private record CursorPages<T>(StackOneHttp http, HttpUrl path, Map<String, String> encodedQuery,
            int pageSize, ObjectReader reader) implements PageSource<T> {

        @Override
        public Page<T> fetch(String cursor) {
            return http.execute(request(cursor), reader::readValue);
        }

        @Override
        public CompletableFuture<Page<T>> fetchAsync(String cursor) {
            return http.executeAsync(request(cursor), reader::readValue);
        }

        private Request request(String cursor) {
            HttpUrl.Builder url = path.newBuilder();
            encodedQuery.forEach(url::addEncodedQueryParameter);
            url.addEncodedQueryParameter("page_size", Integer.toString(pageSize));
            if (cursor != null && !cursor.isEmpty()) {
                url.addEncodedQueryParameter("next", Query.encode(cursor));
            }
            return StackOneHttp.newRequest(url.build()).get().build();
        }
    }

    /**
     * The create call's writer and reader, made when the first create needs them (class initialisation, once): each
     * introspects its whole type graph up front, work that the window's start-up had been sharing its two cores with.
     */
    private static final class Codecs {
        static final ObjectWriter REQUEST_WRITER = Json.mapper().writerFor(CreateApplicationRequest.class);
        static final ObjectReader RESULT_READER = Json.mapper().readerFor(CreateResult.class);
    }

    /**
     * The create's JSON body, marked one-shot so that OkHttp can never transmit it a second time, whatever the
     * client's retry settings. Written in chunks, each reported to {@code written} (bytes so far) once handed on.
     */
    private static final class OneShotJson extends RequestBody {
        private final byte[] bytes;
        private final LongConsumer written;

        OneShotJson(byte[] bytes, LongConsumer written) {
            this.bytes = bytes;
            this.written = written;
        }

        @Override
        public MediaType contentType() {
            return JSON;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public boolean isOneShot() {
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            int offset = 0;
            while (offset < bytes.length) {
                int chunk = Math.min(UPLOAD_CHUNK_BYTES, bytes.length - offset);
                sink.write(bytes, offset, chunk);
                // Flushed so that the count is what the connection took, not what waits in a buffer.
                sink.flush();
                offset += chunk;
                written.accept(offset);
            }
        }
    }
}
