package dev.intake.ats;

import java.time.Duration;
import java.util.concurrent.Executors;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client of the application. Every {@link StackOneClient} derives its own with {@code newBuilder()},
 * so all profiles share one connection pool and one dispatcher thread pool.
 */
public final class HttpClients {
    /** Reaching StackOne's edge takes well under a second; ten seconds covers a slow network without hanging. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * StackOne ends a request after 60 seconds on its side (and then answers 408). Waiting five seconds longer
     * for the bytes lets that answer arrive instead of giving up just before it, and so keeps "the ATS said no"
     * apart from "we do not know".
     */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(65);
    /**
     * How long one write to the connection may wait. It applies to each chunk of a body, not to the whole body: a
     * large upload on a slow link goes on as long as bytes keep flowing, and a link that stops fails after this.
     */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(65);
    /**
     * Connect plus the server's 60 seconds plus a margin: no call without a body, however it is stuck, outlives
     * this. A call with a body gets more, see {@link #callTimeoutMillis}.
     */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(75);
    /**
     * The slowest upload Intake still waits for: 0.5 Mbit/s (a poor mobile or hotel link). A 10 MB CV is about
     * 13.5 MB of JSON once base64-encoded, which takes 3.6 minutes at this rate.
     */
    static final long SLOWEST_UPLOAD_BYTES_PER_SECOND = 500_000 / 8;

    private HttpClients() {
    }

    /**
     * The overall limit of a call that sends {@code bodyBytes}: the usual limit ({@code baseMillis}: connecting and
     * the server's 60 seconds) plus the time the body takes at {@link #SLOWEST_UPLOAD_BYTES_PER_SECOND}.
     *
     * <p>Why a limit scaled to the body rather than none while bytes flow: OkHttp's write time-out already ends a
     * stalled upload (it applies per write), but a link that trickles a byte now and then would never trip it; the
     * scaled limit ends even that, while a large document on a slow but working link is never cut off and reported
     * as a failure that then holds up the applicants queued behind it.
     */
    static long callTimeoutMillis(long baseMillis, long bodyBytes) {
        if (bodyBytes <= 0) {
            return baseMillis;
        }
        long bodyMillis = Math.multiplyExact(bodyBytes, 1000L) / SLOWEST_UPLOAD_BYTES_PER_SECOND;
        return Math.addExact(baseMillis, bodyMillis);
    }

    /** Asynchronous calls in flight to one host; more wait in OkHttp's queue. */
    public static final int MAX_ASYNC_CALLS_PER_HOST = 16;

    /** The shared client, built on first use. */
    public static OkHttpClient shared() {
        return Shared.CLIENT;
    }

    /** A fresh client with Intake's timeouts; for tests and tools that need their own pool. */
    public static OkHttpClient create() {
        // OkHttp's own dispatcher threads are not daemons and idle for a minute: with them, closing the window
        // would leave the JVM running until they time out. Virtual threads are daemons and cost nothing idle.
        Dispatcher dispatcher = new Dispatcher(
                Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("intake-http-", 1).factory()));
        // OkHttp runs at most 5 asynchronous calls per host by default; an event pack reads one job's stages per
        // call, and 500 jobs at 300 ms each need more lanes than that to be packed in seconds.
        dispatcher.setMaxRequestsPerHost(MAX_ASYNC_CALLS_PER_HOST);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(WRITE_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                .build();
    }

    private static final class Shared {
        static final OkHttpClient CLIENT = create();
    }
}
