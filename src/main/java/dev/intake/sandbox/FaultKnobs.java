package dev.intake.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Live fault and load settings of a running sandbox. Every setter may be called from any thread while the server
 * runs and takes effect from the next request on; setters return {@code this} so they chain.
 *
 * <p>The knobs are decided once per request, when it arrives, and meet it in this order:
 * <ol>
 *   <li><b>Latency</b>: the fixed delay plus a random delay in {@code [0, jitter]} (from a seeded generator, so a
 *       run is repeatable) is waited before anything else happens. Applies to every request.</li>
 *   <li><b>Rate limit</b>: beyond {@code requests} requests in the current window the answer is 429 with
 *       {@code Retry-After} (whole seconds until the window ends, at least 1). The body is not read and nothing is
 *       created; a refused request consumes none of the knobs below.</li>
 *   <li><b>Drop before body</b>: the connection is closed before the request body is read. Nothing is created.</li>
 *   <li><b>Fail next</b>: the answer is the configured status in StackOne's error shape. Nothing is created.</li>
 *   <li>Normal processing: authentication, account, routing, validation and, for a valid create, the new records.</li>
 *   <li><b>Drop after body</b>: the request was processed in full (a valid create HAS created its application and
 *       candidate), then the connection is closed without an answer: the case where a blind retry duplicates.</li>
 *   <li><b>Fail after create</b>: a create the sandbox accepted (its application and candidate ARE stored) is
 *       answered with the configured status (408, 500, 502 or 504) instead of 201, as when a gateway loses the
 *       ATS's answer. Only accepted creates that were not dropped count; refusals are answered as usual.</li>
 *   <li><b>Drip</b>: whatever answer is sent (including the errors above) is written {@code bytes} at a time with
 *       a pause of {@code interval} between pieces.</li>
 * </ol>
 * Fail-next and drop counters count only requests in their {@link Scope} and go down only when they fire;
 * {@link #EVERY} never runs out.
 *
 * <p><b>Read lag</b> is not a step of the exchange but of what lists show: a candidate or application created
 * through the API appears in list calls ({@code GET /unified/ats/candidates}, also with {@code filter[email]},
 * and {@code GET /unified/ats/applications} with its filters), and a new application id in a listed candidate's
 * {@code application_ids}, only once {@code lag} has passed since its creation on this knobs' clock, as real
 * ATSs whose search indexes trail their writes. A GET by id ({@code candidates/{id}}) shows it at once, as most
 * providers do. Changing the lag applies to records already created.
 *
 * <p>{@link #reset()} turns everything off.
 */
public final class FaultKnobs {
    /** A count that never runs out: the fault applies to every request in its scope. */
    public static final int EVERY = Integer.MAX_VALUE;

    /** Which requests a counted fault applies to. */
    public enum Scope {
        /** Every request. */
        ANY_REQUEST,
        /** Only {@code POST /unified/ats/applications}. */
        CREATE_APPLICATION
    }

    /** Where in the exchange the connection is closed. */
    public enum Drop {
        /** Before the request body is read: the server has done nothing. */
        BEFORE_BODY,
        /** After the request was processed, before the answer: the server HAS acted. */
        AFTER_BODY
    }

    /** The statuses a gateway answers when it lost the answer to a request the ATS did process. */
    public static final Set<Integer> FAIL_AFTER_CREATE_STATUSES = Set.of(408, 500, 502, 504);

    /** What the knobs decided for one request; see the class comment for the order. */
    record Plan(Duration delay, long retryAfterSeconds, boolean dropBeforeBody, int failStatus,
            boolean dropAfterBody, int dripBytes, Duration dripInterval) {
        /** No fault at all. */
        static final Plan NONE = new Plan(Duration.ZERO, 0, false, 0, false, 0, Duration.ZERO);

        boolean rateLimited() {
            return retryAfterSeconds > 0;
        }

        boolean drips() {
            return dripBytes > 0;
        }
    }

    private final LongSupplier nanoClock;

    private Duration latency = Duration.ZERO;
    private Duration jitter = Duration.ZERO;
    private long jitterSeed = 1L;
    private Random jitterRandom = new Random(jitterSeed);

    private int rateLimitRequests;
    private Duration rateLimitWindow = Duration.ofSeconds(1);
    private long windowStartNanos;
    private int requestsInWindow;
    private boolean windowOpen;

    private int failCount;
    private int failStatus;
    private Scope failScope = Scope.ANY_REQUEST;

    private int dropCount;
    private Drop dropMode = Drop.BEFORE_BODY;
    private Scope dropScope = Scope.CREATE_APPLICATION;

    private int dripBytes;
    private Duration dripInterval = Duration.ZERO;

    private int failAfterCreateCount;
    private int failAfterCreateStatus;

    private Duration readLag = Duration.ZERO;

    /** All knobs off. */
    public FaultKnobs() {
        this(System::nanoTime);
    }

    /** With a nanosecond clock of the caller's choosing, so rate-limit windows can be tested without waiting. */
    FaultKnobs(LongSupplier nanoClock) {
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** A new, independent set of knobs with the same settings (counters and windows start afresh). */
    public synchronized FaultKnobs copy() {
        FaultKnobs copy = new FaultKnobs(nanoClock);
        copy.latency = latency;
        copy.randomLatency(jitter, jitterSeed);
        copy.rateLimit(rateLimitRequests, rateLimitWindow);
        copy.failNext(failCount, failStatus == 0 ? 500 : failStatus, failScope);
        copy.dropNext(dropMode, dropCount, dropScope);
        copy.drip(dripBytes, dripInterval);
        copy.failAfterCreateCount = failAfterCreateCount;
        copy.failAfterCreateStatus = failAfterCreateStatus;
        copy.readLag = readLag;
        return copy;
    }

    /** Waits {@code fixed} before handling each request; zero turns it off. */
    public synchronized FaultKnobs latency(Duration fixed) {
        latency = nonNegative(fixed, "latency");
        return this;
    }

    /** Adds a random wait in {@code [0, max]} to each request, drawn from a generator seeded with {@code seed}. */
    public synchronized FaultKnobs randomLatency(Duration max, long seed) {
        jitter = nonNegative(max, "random latency");
        jitterSeed = seed;
        jitterRandom = new Random(seed);
        return this;
    }

    /**
     * Allows {@code requests} requests per {@code window}; more are answered 429 with {@code Retry-After}.
     * Zero requests turns the limit off.
     */
    public synchronized FaultKnobs rateLimit(int requests, Duration window) {
        if (requests < 0) {
            throw new IllegalArgumentException("rate limit must be 0 (off) or more requests, not " + requests);
        }
        Duration checked = nonNegative(window, "rate limit window");
        if (requests > 0 && checked.isZero()) {
            throw new IllegalArgumentException("rate limit window must be longer than zero");
        }
        rateLimitRequests = requests;
        rateLimitWindow = checked;
        windowOpen = false;
        return this;
    }

    /** Answers the next {@code count} requests with {@code status}; count 0 turns it off. */
    public FaultKnobs failNext(int count, int status) {
        return failNext(count, status, Scope.ANY_REQUEST);
    }

    /** Answers the next {@code count} requests in {@code scope} with {@code status} (400-599). */
    public synchronized FaultKnobs failNext(int count, int status, Scope scope) {
        if (count < 0) {
            throw new IllegalArgumentException("fail-next count must be 0 or more, not " + count);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("fail-next status must be an error status (400-599), not " + status);
        }
        failCount = count;
        failStatus = status;
        failScope = Objects.requireNonNull(scope, "scope");
        return this;
    }

    /** Drops the connection of the next {@code count} requests in {@code scope} ({@link #EVERY} for all). */
    public synchronized FaultKnobs dropNext(Drop mode, int count, Scope scope) {
        if (count < 0) {
            throw new IllegalArgumentException("drop count must be 0 or more, not " + count);
        }
        dropMode = Objects.requireNonNull(mode, "mode");
        dropCount = count;
        dropScope = Objects.requireNonNull(scope, "scope");
        return this;
    }

    /** Writes every answer {@code bytesPerChunk} bytes at a time, pausing {@code interval} in between; 0 bytes turns it off. */
    public synchronized FaultKnobs drip(int bytesPerChunk, Duration interval) {
        if (bytesPerChunk < 0) {
            throw new IllegalArgumentException("drip chunk size must be 0 (off) or more bytes, not " + bytesPerChunk);
        }
        dripBytes = bytesPerChunk;
        dripInterval = nonNegative(interval, "drip interval");
        return this;
    }

    /**
     * Stores the next {@code count} accepted creates ({@link #EVERY} for all), then answers each with
     * {@code status} instead of 201; count 0 turns it off.
     *
     * @param status 408, 500, 502 or 504: what a gateway answers when the ATS's answer is lost
     */
    public synchronized FaultKnobs failAfterCreate(int count, int status) {
        if (count < 0) {
            throw new IllegalArgumentException("fail-after-create count must be 0 or more, not " + count);
        }
        if (!FAIL_AFTER_CREATE_STATUSES.contains(status)) {
            throw new IllegalArgumentException("fail-after-create status must be 408, 500, 502 or 504, not "
                    + status);
        }
        failAfterCreateCount = count;
        failAfterCreateStatus = status;
        return this;
    }

    /**
     * Lists show records created through the API only {@code lag} after their creation (see the class comment);
     * zero shows them at once.
     */
    public synchronized FaultKnobs readLag(Duration lag) {
        readLag = nonNegative(lag, "read lag");
        return this;
    }

    /** Turns every knob off. */
    public synchronized FaultKnobs reset() {
        latency = Duration.ZERO;
        randomLatency(Duration.ZERO, 1L);
        rateLimit(0, Duration.ofSeconds(1));
        failCount = 0;
        failStatus = 0;
        failScope = Scope.ANY_REQUEST;
        dropNext(Drop.BEFORE_BODY, 0, Scope.CREATE_APPLICATION);
        drip(0, Duration.ZERO);
        failAfterCreateCount = 0;
        failAfterCreateStatus = 0;
        readLag = Duration.ZERO;
        return this;
    }

    public synchronized Duration latency() {
        return latency;
    }

    public synchronized Duration randomLatencyMax() {
        return jitter;
    }

    public synchronized int rateLimitRequests() {
        return rateLimitRequests;
    }

    public synchronized Duration rateLimitWindow() {
        return rateLimitWindow;
    }

    /** Failures still to come (0 when off). */
    public synchronized int failNextCount() {
        return failCount;
    }

    public synchronized int failNextStatus() {
        return failStatus;
    }

    public synchronized Scope failNextScope() {
        return failScope;
    }

    /** Drops still to come (0 when off). */
    public synchronized int dropCount() {
        return dropCount;
    }

    public synchronized Drop dropMode() {
        return dropMode;
    }

    public synchronized Scope dropScope() {
        return dropScope;
    }

    public synchronized int dripBytes() {
        return dripBytes;
    }

    public synchronized Duration dripInterval() {
        return dripInterval;
    }

    /** Accepted creates still to be answered with {@link #failAfterCreateStatus()} (0 when off). */
    public synchronized int failAfterCreateCount() {
        return failAfterCreateCount;
    }

    public synchronized int failAfterCreateStatus() {
        return failAfterCreateStatus;
    }

    public synchronized Duration readLag() {
        return readLag;
    }

    /** Now on this knobs' clock, in nanoseconds from an arbitrary origin (compare differences only). */
    long nanoTime() {
        return nanoClock.getAsLong();
    }

    /**
     * For a create the sandbox has just accepted and is about to answer: the status to answer instead of 201, or
     * 0. Consumes one of the count.
     */
    synchronized int takeFailAfterCreate() {
        if (failAfterCreateCount == 0) {
            return 0;
        }
        failAfterCreateCount = countDown(failAfterCreateCount);
        return failAfterCreateStatus;
    }

    /** Decides every knob for one arriving request, in the documented order, consuming counters that fire. */
    synchronized Plan plan(boolean createApplication) {
        Duration delay = latency;
        if (!jitter.isZero()) {
            delay = delay.plusNanos((long) (jitterRandom.nextDouble() * jitter.toNanos()));
        }
        int drip = dripBytes;
        Duration dripPause = dripInterval;
        long retryAfter = rateLimitRetryAfter();
        if (retryAfter > 0) {
            return new Plan(delay, retryAfter, false, 0, false, drip, dripPause);
        }
        boolean dropBefore = dropMode == Drop.BEFORE_BODY && fires(dropCount, dropScope, createApplication);
        if (dropBefore) {
            dropCount = countDown(dropCount);
            return new Plan(delay, 0, true, 0, false, drip, dripPause);
        }
        if (fires(failCount, failScope, createApplication)) {
            failCount = countDown(failCount);
            return new Plan(delay, 0, false, failStatus, false, drip, dripPause);
        }
        boolean dropAfter = dropMode == Drop.AFTER_BODY && fires(dropCount, dropScope, createApplication);
        if (dropAfter) {
            dropCount = countDown(dropCount);
        }
        return new Plan(delay, 0, false, 0, dropAfter, drip, dripPause);
    }

    /** Counts the request in the current window; the seconds to wait when it is over the limit, else 0. */
    private long rateLimitRetryAfter() {
        if (rateLimitRequests == 0) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        long windowNanos = rateLimitWindow.toNanos();
        if (!windowOpen || now - windowStartNanos >= windowNanos) {
            windowOpen = true;
            windowStartNanos = now;
            requestsInWindow = 0;
        }
        if (requestsInWindow < rateLimitRequests) {
            requestsInWindow++;
            return 0;
        }
        long remaining = windowNanos - (now - windowStartNanos);
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }

    private static boolean fires(int count, Scope scope, boolean createApplication) {
        return count > 0 && (scope == Scope.ANY_REQUEST || createApplication);
    }

    private static int countDown(int count) {
        return count == EVERY ? EVERY : count - 1;
    }

    private static Duration nonNegative(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, not " + duration);
        }
        return duration;
    }

    @Override
    public synchronized String toString() {
        return "FaultKnobs[latency=" + latency + ", randomLatencyMax=" + jitter + ", rateLimit=" + rateLimitRequests
                + "/" + rateLimitWindow + ", failNext=" + failCount + "x" + failStatus + " " + failScope + ", drop="
                + dropCount + "x" + dropMode + " " + dropScope + ", drip=" + dripBytes + "B/" + dripInterval
                + ", failAfterCreate=" + failAfterCreateCount + "x" + failAfterCreateStatus + ", readLag=" + readLag
                + "]";
    }
}
