package dev.intake.ats;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes one account's secrets from text that came from elsewhere (a server's error page can echo request
 * headers) before that text reaches an exception message or a log.
 */
final class Redactor {
    private static final String MASK = "***";
    /** Shorter strings (test keys) would match ordinary words; real StackOne keys are far longer. */
    private static final int MIN_SECRET_LENGTH = 8;
    private final List<String> secrets;

    Redactor(String apiKey) {
        List<String> list = new ArrayList<>();
        if (apiKey != null && apiKey.length() >= MIN_SECRET_LENGTH) {
            list.add(AuthInterceptor.basic(apiKey).substring("Basic ".length()));
            list.add(apiKey);
        }
        this.secrets = List.copyOf(list);
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
