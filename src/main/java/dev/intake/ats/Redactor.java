package dev.intake.ats;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redactor of Intake. Masks secrets in text bound for exception messages, logs and diagnostics (a server's
 * error page can echo request headers): Authorization header values, Basic/Bearer credentials, {@code api_key=...}
 * pairs and every secret registered with {@link #addSecret} (also in its Basic-auth form). Thread-safe.
 *
 * <p>Text is always redacted whole, before it is shortened: a secret cut in two is no longer recognised, and its
 * first half would survive. {@link #redactAndShorten} does both in that order.
 */
public final class Redactor {
    public static final String MASK = "[redacted]";
    /** Shorter strings would mask ordinary words; no real key or password of ours is that short. */
    static final int MIN_SECRET_LENGTH = 6;

    /**
     * The value runs to the end of the line, field or quoted string (a quote that opens it is kept); a mask already
     * inside it is part of it.
     */
    private static final Pattern AUTH_HEADER = Pattern.compile(
            "(?i)\\b((?:proxy-)?authorization\"?\\s*[:=]\\s*\"?)(?:\\[redacted]|[^\\r\\n,;}\\]\"])+");
    /** Schemes as HTTP writes them, and credential-length tokens, so prose like "basic info" stays readable. */
    private static final Pattern SCHEME_TOKEN = Pattern.compile(
            "\\b(Basic|Bearer|BASIC|BEARER)(\\s+)[A-Za-z0-9+/=._~-]{8,}");
    private static final Pattern KEY_PAIR = Pattern.compile(
            "(?i)\\b((?:api[_-]?key|password|secret|token)\"?\\s*[:=]\\s*\"?)[^\\s\"&,;}]+");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private final boolean headerValues;

    /** For logs and diagnostics: every pattern, including whole Authorization header values. */
    public Redactor() {
        this(true);
    }

    private Redactor(boolean headerValues) {
        this.headerValues = headerValues;
    }

    /**
     * For what an ATS says about one account's calls: {@code apiKey} and every pattern but whole Authorization
     * header values, because an ATS names the field in plain words ("authorization: invalid API key") and the user
     * needs those; a credential after a Basic or Bearer scheme is masked all the same.
     */
    public static Redactor forServerText(String apiKey) {
        Redactor redactor = new Redactor(false);
        redactor.addSecret(apiKey);
        return redactor;
    }

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
        if (headerValues) {
            result = AUTH_HEADER.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        }
        result = SCHEME_TOKEN.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)
                + MASK));
        result = KEY_PAIR.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return result;
    }

    /**
     * {@code text} redacted, then cut to at most {@code maxChars} characters (with "…" when cut). In this order, so
     * that no part of a secret survives the cut.
     */
    public String redactAndShorten(String text, int maxChars) {
        String redacted = redact(text);
        if (redacted == null || redacted.length() <= maxChars) {
            return redacted;
        }
        return redacted.substring(0, maxChars) + "…";
    }
}
