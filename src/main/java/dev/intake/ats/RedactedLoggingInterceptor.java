package dev.intake.ats;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs one line per call: method, path, status and duration. Never headers (the Authorization header carries the
 * API key), never the query (it can carry a candidate's e-mail) and never a body (it carries personal data). A call
 * Intake cancelled itself is no failure and is not a warning.
 */
final class RedactedLoggingInterceptor implements Interceptor {
    private final Logger logger;

    RedactedLoggingInterceptor(Logger logger) {
        this.logger = logger;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String method = request.method();
        String path = request.url().encodedPath();
        long started = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            long ms = elapsedMillis(started);
            int status = response.code();
            logger.log(response.isSuccessful() ? Level.DEBUG : Level.INFO,
                    () -> method + " " + path + " -> " + status + " in " + ms + " ms");
            return response;
        } catch (IOException e) {
            long ms = elapsedMillis(started);
            if (chain.call().isCanceled()) {
                // Called off by Intake itself (a newer search, the window closing): nothing failed.
                logger.log(Level.DEBUG, () -> method + " " + path + " cancelled after " + ms + " ms");
                throw e;
            }
            // The exception's text can quote the URL with its query; its type is enough to diagnose.
            logger.log(Level.WARNING,
                    () -> method + " " + path + " failed after " + ms + " ms: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
