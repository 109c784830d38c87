package dev.intake.ats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Signs every call for one StackOne account: HTTP Basic with the API key as user name and an empty password,
 * plus the {@code x-account-id} header that selects the linked ATS account.
 */
final class AuthInterceptor implements Interceptor {
    static final String ACCOUNT_HEADER = "x-account-id";

    private final String authorization;
    private final String accountId;

    AuthInterceptor(String apiKey, String accountId) {
        this.authorization = basic(apiKey);
        this.accountId = accountId;
    }

    /** The exact header value StackOne expects for {@code apiKey}. */
    static String basic(String apiKey) {
        return Credentials.basic(apiKey, "", StandardCharsets.UTF_8);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", authorization)
                .header(ACCOUNT_HEADER, accountId)
                .build());
    }

    @Override
    public String toString() {
        return "AuthInterceptor[account=" + accountId + "]";
    }
}
