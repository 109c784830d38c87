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
    /** Uploading documents on a slow link may stall briefly; the server's 60-second limit bounds it anyway. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(65);
    /** Connect plus the server's 60 seconds plus a margin: no call, however it is stuck, outlives this. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(75);

    private HttpClients() {
    }

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
