package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.intake.ats.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An ATS that speaks StackOne's unified API, in process, on a loopback port: the backend with no setup and the
 * real HTTP peer of the tests. Its data is generated from a seed ({@link SandboxOptions}), identical at every
 * start; applications created through it are kept in memory until {@link #close()}, up to the options'
 * {@link SandboxOptions.Limits}.
 *
 * <h2>What it answers</h2>
 * {@code GET /unified/ats/} {@code jobs} ({@code filter[status]}, {@code filter[job_status]}), {@code job_postings}
 * ({@code questionnaires} only with {@code include=questionnaires}), {@code locations}, {@code departments},
 * {@code candidates} ({@code filter[email]}, matched without regard to case against {@code email} and
 * {@code emails}; {@code custom_fields} only with {@code include=custom_fields}), {@code candidates/{id}},
 * {@code custom_field_definitions/candidates}, {@code documents/application_categories},
 * {@code jobs/{id}/application_stages}, {@code applications} ({@code job_id} or {@code filter[job_id]},
 * {@code filter[application_stage_id]}); every list also takes {@code filter[created_after]},
 * {@code filter[updated_after]}, {@code fields}, {@code page_size} (default 25, 1-1000) and the opaque
 * {@code next} cursor it returned (the last page has {@code "next": null}). And
 * {@code POST /unified/ats/applications}, which answers 201 {@code CreateResult} with a fresh {@code id} and
 * {@code remote_id}. A {@code candidate} object always creates a new candidate, even when a candidate with the
 * same e-mail exists, as StackOne documents ("attempts to create a new candidate"); {@code candidate_id} adds
 * the application to an existing one.
 *
 * <h2>What it checks, in order</h2>
 * <ol>
 *   <li>{@code Host}: the sandbox's port under a loopback name ({@code 127.0.0.1:PORT}, {@code localhost:PORT},
 *       {@code [::1]:PORT}), else 403 naming {@code host}, before any fault knob: a page in a browser that
 *       rebinds its own host name to 127.0.0.1 cannot reach the sandbox ({@link LoopbackHosts}).</li>
 *   <li>Basic credentials whose user name is {@link #apiKey()} (any password): else 401. Unless the options give
 *       a key, it is a new random one at every start.</li>
 *   <li>{@code x-account-id}: missing 400, not {@link #ACCOUNT_ID} 404.</li>
 *   <li>Route: unknown 404 ("Cannot GET /path"). Query: bad {@code page_size}, {@code next}, dates or
 *       {@code filter[status]} 400. Unknown {@code candidates/{id}} or {@code jobs/{id}} 404.</li>
 *   <li>POST body size: over the limit (32 MB by default) 413, at once when {@code Content-Length} says so, before
 *       the body is read.</li>
 *   <li>POST body, in three rounds, each reporting every problem it finds: shape 400 (not JSON, not an object,
 *       wrong JSON types, values outside the spec's enums, both or neither of {@code candidate_id} and
 *       {@code candidate}, no {@code job_id}); references 404 (unknown job, posting, location, candidate);
 *       refusals 422 (job not open, posting of another job or closed, location not the job's, candidate
 *       without a name, malformed e-mail, phone or link, custom field unknown or of the wrong type, document
 *       without name or valid base64 content or with an unknown or inactive category, questionnaires without a
 *       posting or not on it, unknown questions, answers of the wrong type or not among the options, and
 *       required questions left unanswered; a conditional question counts only while its parent's answer
 *       matches).</li>
 *   <li>Room: when the run already keeps its limit of created applications (10,000 by default) or of their
 *       request bodies (256 MB), a valid create is refused with 403 and nothing is stored; restarting the sandbox
 *       starts afresh. Nothing already created is ever dropped, so outcome checks keep finding it.</li>
 * </ol>
 *
 * <h2>Error messages</h2>
 * Errors have StackOne's shape: {@code statusCode}, {@code message}, {@code timestamp}; body checks add
 * {@code provider_errors[0].raw.errors}, a list of {@code {field, message}}. Every check above writes
 * {@code message} as {@code field: problem} entries joined by {@code "; "}; {@code field} never contains
 * {@code ": "} or {@code "; "}, {@code problem} never contains {@code "; "} (also not in values it quotes from the
 * request), so splitting on {@code "; "} and then at the first {@code ": "} recovers the entries. {@code field} is
 * <ul>
 *   <li>a request body path as the spec names it: {@code job_id}, {@code candidate.email},
 *       {@code candidate.phone_numbers[0].phone}, {@code documents[1].content} ({@code [n]} is an array index);</li>
 *   <li>for answers and custom fields, the item's id: {@code questionnaires[id=Q].answers[id=A]} (question
 *       {@code A} of questionnaire {@code Q}, also when it was not answered at all) and
 *       {@code candidate.custom_fields[id=F]};</li>
 *   <li>or a header, query or path parameter: {@code host}, {@code authorization}, {@code x-account-id},
 *       {@code page_size}, {@code next}, {@code filter[status]}, {@code id}; {@code body} when the body as a whole
 *       is wrong.</li>
 * </ul>
 * Example: {@code candidate.email: 'ana@' is not a valid e-mail address; questionnaires[id=9f..].answers[id=3c..]:
 * required question "Why do you want to join us?" is not answered}. Rate-limit, injected and routing errors
 * carry a plain sentence instead.
 *
 * <h2>Faults</h2>
 * {@link #knobs()} add latency, a rate limit, failures, dropped connections and slow answers, in the order the
 * {@link FaultKnobs} class comment documents.
 */
public final class SandboxServer implements AutoCloseable {
    /** The sandbox's one linked account. */
    public static final String ACCOUNT_ID = "sandbox-account";

    private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server sends an answer's headers and body as separate writes. With Nagle's algorithm on, the
        // body of an answer of a few dozen kilobytes then waits for the client's delayed ACK of the headers (about
        // 40 ms, on every such answer), which would swamp picker benchmarks and bunch up dripped pieces. The server
        // takes TCP_NODELAY only from this documented property, read when the first server starts; the sandbox is
        // the application's only user of that server.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final FaultKnobs knobs;
    private final long seed;
    private final int jobCount;
    private final SandboxOptions.Limits limits;
    /** Generated on first use, not at start: the app starts its sandbox while its window is coming up. */
    private SandboxApi api;
    private final URI baseUrl;
    private final LoopbackHosts hosts;
    private final String apiKey;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxServer(HttpServer http, ExecutorService executor, FaultKnobs knobs, SandboxOptions options) {
        this.http = http;
        this.executor = executor;
        this.knobs = knobs;
        this.seed = options.seed();
        this.jobCount = options.jobCount();
        this.limits = options.limits();
        this.apiKey = options.apiKey() != null ? options.apiKey() : randomKey();
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress() instanceof Inet6Address
                ? "[" + address.getAddress().getHostAddress() + "]" : address.getAddress().getHostAddress();
        this.baseUrl = URI.create("http://" + host + ":" + address.getPort());
        this.hosts = new LoopbackHosts(address.getPort());
    }

    /**
     * Starts serving on the loopback interface. The data is generated, from the options' seed, when the first
     * request (or {@link #data()}) needs it; the same seed gives the same data whenever that is.
     *
     * @throws UncheckedIOException when the port cannot be bound (e.g. it is in use)
     */
    public static SandboxServer start(SandboxOptions options) {
        FaultKnobs knobs = options.knobs().copy();
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + InetAddress.getLoopbackAddress().getHostAddress()
                    + ":" + options.port() + ": " + e.getMessage(), e);
        }
        // Latency and drip faults park a thread per request: virtual threads make that free.
        ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sandbox-", 0)
                .factory());
        SandboxServer server = new SandboxServer(http, executor, knobs, options);
        http.setExecutor(executor);
        http.createContext("/", server::exchange);
        http.start();
        return server;
    }

    /** Where the API is, e.g. {@code http://127.0.0.1:43125}; paths start with {@code /unified/ats/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The key it accepts: the options' key, or else one made at random when it started, so that another program on
     * this computer cannot guess it. Callers take it from here, never from a constant.
     */
    public String apiKey() {
        return apiKey;
    }

    public String accountId() {
        return ACCOUNT_ID;
    }

    /** The live fault settings: change them at any time, they apply from the next request on. */
    public FaultKnobs knobs() {
        return knobs;
    }

    /** Read access to the records, including applications created through the API. */
    public SandboxData data() {
        return api().data();
    }

    /** The texts of the notes added onto this application through the API, oldest first. */
    public List<String> noteTexts(String applicationId) {
        return api().followUps().notes(applicationId).stream().map(note -> String.join("\n\n",
                note.path("content").findValuesAsText("body"))).toList();
    }

    /** The file names of the documents uploaded onto this application through the API, oldest first. */
    public List<String> documentNames(String applicationId) {
        return api().followUps().documents(applicationId).stream().map(d -> d.path("name").asText()).toList();
    }

    synchronized SandboxApi api() {
        if (api == null) {
            api = new SandboxApi(new SandboxData(seed, jobCount, limits), apiKey, ACCOUNT_ID, knobs);
        }
        return api;
    }

    /** Stops at once: open connections are closed and requests in progress are abandoned. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "sandbox requests still running after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "SandboxServer[" + baseUrl + "]";
    }

    /** {@code sandbox-} and 144 random bits, URL-safe: valid as a Basic user name. */
    private static String randomKey() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "sandbox-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---------------------------------------------------------------- one exchange

    private void exchange(HttpExchange exchange) {
        try (exchange) {
            serve(exchange);
        } catch (IOException | UncheckedIOException e) {
            // The client went away, or a drop knob closed the connection: nobody is left to answer.
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "sandbox failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath(), e);
            answerInternalError(exchange);
        }
    }

    /** A fault of the sandbox itself still gets StackOne's 500 shape, if nothing was sent yet. */
    private void answerInternalError(HttpExchange exchange) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            JsonNode body = ApiError.plain(500, "Internal server error").body(baseUrl.toString(), Instant.now());
            respond(exchange, 500, body, Map.of(), FaultKnobs.Plan.NONE);
        } catch (IOException | RuntimeException ignored) {
            // The connection is gone as well; the client sees it closed.
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        // Absolute, so that provider_errors[].url names the full address as StackOne's does.
        URI uri = baseUrl.resolve(exchange.getRequestURI());
        boolean create = method.equals("POST") && SandboxApi.APPLICATIONS.equals(uri.getRawPath());
        String wrongHost = hosts.problem(exchange.getRequestHeaders().getFirst("Host"));
        if (wrongHost != null) {
            // Before the knobs, so that a refused request uses up none of them.
            ApiError refused = ApiError.gateway(403, "host", wrongHost);
            respond(exchange, 403, refused.body(uri.toString(), Instant.now()), Map.of(), FaultKnobs.Plan.NONE);
            return;
        }
        FaultKnobs.Plan plan = knobs.plan(create);
        pause(plan.delay());
        if (plan.rateLimited()) {
            ApiError limited = ApiError.plain(429, "Too many requests: the sandbox allows "
                    + knobs.rateLimitRequests() + " requests per " + knobs.rateLimitWindow().toMillis()
                    + " ms; retry after " + plan.retryAfterSeconds() + " s");
            respond(exchange, 429, limited.body(uri.toString(), Instant.now()),
                    Map.of("Retry-After", Long.toString(plan.retryAfterSeconds())), plan);
            return;
        }
        if (plan.dropBeforeBody()) {
            drop(exchange);
            return;
        }
        if (plan.failStatus() > 0) {
            ApiError failure = ApiError.plain(plan.failStatus(), "Injected failure: the sandbox was set to answer "
                    + plan.failStatus() + " to this request");
            respond(exchange, plan.failStatus(), failure.body(uri.toString(), Instant.now()), Map.of(), plan);
            return;
        }
        Headers headers = exchange.getRequestHeaders();
        SandboxApi.Response response = api().handle(method, uri, headers::getFirst,
                () -> readBody(exchange));
        if (plan.dropAfterBody()) {
            drop(exchange);
            return;
        }
        int lostAnswer = create && response.status() == 201 ? knobs.takeFailAfterCreate() : 0;
        if (lostAnswer > 0) {
            ApiError failure = ApiError.plain(lostAnswer, "Injected failure after create: the application was "
                    + "created, then the sandbox was set to answer " + lostAnswer + " instead of 201");
            respond(exchange, lostAnswer, failure.body(uri.toString(), Instant.now()), Map.of(), plan);
            return;
        }
        respond(exchange, response.status(), response.body(), response.headers(), plan);
    }

    /**
     * The request body, refused with 413 when it is over the limit: at once when {@code Content-Length} says so
     * (nothing of it is read; the server closes the connection rather than take the rest), else as soon as one
     * byte more than the limit has arrived.
     */
    private byte[] readBody(HttpExchange exchange) {
        int max = limits.maxBodyBytes();
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && declaredLength(length) > max) {
            throw tooLarge(max);
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw tooLarge(max);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDK server has already refused a malformed {@code Content-Length}; -1 if it let one through. */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ApiError tooLarge(int max) {
        String limit = max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MB" : max + " bytes";
        return ApiError.gateway(413, "body", "is larger than the " + limit + " the sandbox accepts in one request, "
                + "send smaller or fewer documents");
    }

    /**
     * Closes the connection without an answer. Closing an exchange before its response headers are sent makes
     * the JDK server close the socket itself rather than finish the HTTP exchange.
     */
    private static void drop(HttpExchange exchange) {
        exchange.close();
    }

    private void respond(HttpExchange exchange, int status, JsonNode body, Map<String, String> extraHeaders,
            FaultKnobs.Plan plan) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("x-request-id", UUID.randomUUID().toString());
        extraHeaders.forEach(headers::set);
        // Closing the stream sends what is buffered before the server drains a request body left unread (a
        // refused one): the client gets its answer even while it is still sending.
        try (OutputStream out = exchange.getResponseBody()) {
            if (!plan.drips()) {
                exchange.sendResponseHeaders(status, bytes.length);
                out.write(bytes);
                return;
            }
            // Chunked, one flush per piece, so the client really receives the answer a little at a time.
            exchange.sendResponseHeaders(status, 0);
            for (int from = 0; from < bytes.length; from += plan.dripBytes()) {
                if (from > 0) {
                    pause(plan.dripInterval());
                }
                out.write(bytes, from, Math.min(plan.dripBytes(), bytes.length - from));
                out.flush();
            }
        }
    }

    private static void pause(Duration duration) throws IOException {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("sandbox closed while delaying an answer");
        }
    }
}
