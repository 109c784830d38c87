package dev.intake.diagnostics;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for logs and diagnostics: Authorization header values, Basic/Bearer credentials,
 * {@code api_key=...} pairs and every secret registered with {@link #addSecret} (also in its Basic-auth form).
 * Thread-safe.
 */
public final class Redactor {
    public static final String MASK = "[redacted]";
    /** Shorter strings would mask ordinary words; no real key or password of ours is that short. */
    static final int MIN_SECRET_LENGTH = 6;

    /** The value runs to the end of the line or field; a mask already inside it is part of it. */
    private static final Pattern AUTH_HEADER = Pattern.compile(
            "(?i)\\b((?:proxy-)?authorization\\s*[:=]\\s*)(?:\\[redacted]|[^\\r\\n,;}\\]])+");
    /** Schemes as HTTP writes them, and credential-length tokens, so prose like "basic info" stays readable. */
    private static final Pattern SCHEME_TOKEN = Pattern.compile(
            "\\b(Basic|Bearer|BASIC|BEARER)(\\s+)[A-Za-z0-9+/=._~-]{8,}");
    private static final Pattern KEY_PAIR = Pattern.compile(
            "(?i)\\b((?:api[_-]?key|password|secret|token)\"?\\s*[:=]\\s*\"?)[^\\s\"&,;}]+");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Remembers a secret (and its Base64 Basic-auth forms) so it is masked wherever it appears. */
    public void addSecret(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            return;
        }
        String s = secret.strip();
        Base64.Encoder base64 = Base64.getEncoder();
        secrets.add(s);
        secrets.add(base64.encodeToString((s + ":").getBytes(StandardCharsets.UTF_8)));
        secrets.add(base64.encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        // Longest first, so a secret that contains another is masked whole.
        List<String> known = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : known) {
            result = result.replace(secret, MASK);
        }
        result = AUTH_HEADER.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        result = SCHEME_TOKEN.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)
                + MASK));
        result = KEY_PAIR.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return result;
    }
}
