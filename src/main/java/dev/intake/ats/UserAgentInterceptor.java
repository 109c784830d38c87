package dev.intake.ats;

import dev.intake.common.AppVersion;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names Intake and its version on every call, so StackOne's logs tell its traffic apart. */
final class UserAgentInterceptor implements Interceptor {
    private static final String USER_AGENT = "Intake/" + AppVersion.current();

    static String userAgent() {
        return USER_AGENT;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build());
    }
}
