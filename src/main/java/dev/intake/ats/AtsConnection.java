package dev.intake.ats;

import java.util.Objects;

/** Where and as whom to call StackOne. {@link #toString()} never shows the key. */
public record AtsConnection(String baseUrl, String apiKey, String accountId) {
    public static final String STACKONE_BASE_URL = "https://api.stackone.com";

    public AtsConnection {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String toString() {
        return "AtsConnection[baseUrl=" + baseUrl + ", apiKey=***, accountId=" + accountId + "]";
    }
}
