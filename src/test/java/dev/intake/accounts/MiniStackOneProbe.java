package dev.intake.accounts;

import dev.intake.ats.AtsConnection;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The cheap list call a real probe makes ({@code GET /unified/ats/locations?page_size=1} with StackOne's Basic auth
 * and {@code x-account-id}), small enough to test the connection test over real HTTP before the full client exists.
 */
final class MiniStackOneProbe implements ConnectionProbe {
    private final OkHttpClient client;

    MiniStackOneProbe(OkHttpClient client) {
        this.client = client;
    }

    @Override
    public void check(AtsConnection connection) {
        Request request = new Request.Builder()
                .url(connection.baseUrl() + "/unified/ats/locations?page_size=1")
                .header("Authorization", Credentials.basic(connection.apiKey(), "", StandardCharsets.UTF_8))
                .header("x-account-id", connection.accountId())
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new AtsHttpException(response.code(), response.body().string(), null, null, null, null);
            }
        } catch (IOException e) {
            throw new AtsNetworkException("GET /unified/ats/locations failed", false, e);
        }
    }
}
