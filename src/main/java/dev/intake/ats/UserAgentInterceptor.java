package dev.intake.ats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names Intake and its version on every call, so StackOne's logs tell its traffic apart. */
final class UserAgentInterceptor implements Interceptor {
    private static final String USER_AGENT = "Intake/" + readVersion();

    static String userAgent() {
        return USER_AGENT;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build());
    }

    /** The build writes the project version into {@code version.properties} (Maven resource filtering). */
    private static String readVersion() {
        try (InputStream in = UserAgentInterceptor.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            // An unfiltered copy (an IDE build that skipped Maven) still yields a valid product token.
            return version.isEmpty() || version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
