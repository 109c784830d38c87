package dev.intake.fair.badge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A badge whose code is just an address: a LinkedIn (or other) profile page. */
final class ProfileUrl {
    private static final Pattern PROFILE = Pattern.compile(
            "^https?://([a-z0-9-]+\\.)*linkedin\\.com/(in|pub)/[^/?#\\s]+.*", Pattern.CASE_INSENSITIVE);

    private ProfileUrl() {
    }

    static boolean looksLikeOne(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && text.chars().noneMatch(
                Character::isWhitespace);
    }

    static boolean isProfile(String text) {
        return text != null && PROFILE.matcher(text.strip()).matches();
    }

    /** The address as a scan when it is a well-formed web address with a host; nothing else is guessed from it. */
    static Optional<BadgeScan> parse(String text) {
        if (!looksLikeOne(text)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(new BadgeScan(null, null, null, null, null, text));
    }
}
