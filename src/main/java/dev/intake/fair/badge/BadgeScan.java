package dev.intake.fair.badge;

import java.util.Locale;
import java.util.Optional;

/**
 * What a badge's QR code says about its wearer. A USB scanner types the code's text as if on a keyboard, usually
 * into whichever field has focus (First name at the booth); these methods turn that text into a visitor's details.
 * Any part may be null.
 *
 * <p>Understood: a vCard 2.1, 3.0 or 4.0 ({@code BEGIN:VCARD} … {@code END:VCARD}), a MECARD
 * ({@code MECARD:N:Doe,John;…;;}) and a profile address ({@code https://www.linkedin.com/in/…}).
 */
public record BadgeScan(String firstName, String lastName, String email, String phone, String company,
        String profileUrl) {

    public BadgeScan {
        firstName = clean(firstName);
        lastName = clean(lastName);
        email = clean(email);
        phone = clean(phone);
        company = clean(company);
        profileUrl = clean(profileUrl);
    }

    /**
     * The scan in {@code text} once it is whole, else empty: while a scanner is still typing, and for text a person
     * typed. A vCard is whole at {@code END:VCARD}, a MECARD at its closing {@code ;;}, an address once the scanner
     * ended it with a line break or tab. Call it on every change of the field.
     */
    public static Optional<BadgeScan> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.startsWith("BEGIN:VCARD")) {
            return VCard.complete(trimmed) ? Optional.of(VCard.parse(trimmed)) : Optional.empty();
        }
        if (upper.startsWith("MECARD:")) {
            return MeCard.complete(trimmed) ? Optional.of(MeCard.parse(trimmed)) : Optional.empty();
        }
        if (ProfileUrl.looksLikeOne(trimmed) && endsWithBreak(text)) {
            return ProfileUrl.parse(trimmed);
        }
        return Optional.empty();
    }

    /**
     * The scan in {@code text} when the input has ended (the scanner pressed Enter): like {@link #detect} but an
     * address needs no closing line break, and a vCard or MECARD that lost its end is read as far as it goes.
     */
    public static Optional<BadgeScan> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.startsWith("BEGIN:VCARD")) {
            return Optional.of(VCard.parse(trimmed)).filter(BadgeScan::hasAnything);
        }
        if (upper.startsWith("MECARD:")) {
            return Optional.of(MeCard.parse(trimmed)).filter(BadgeScan::hasAnything);
        }
        return ProfileUrl.parse(trimmed);
    }

    /**
     * Whether {@code text} is the start of a scan still being typed: the field should then take Enter as a line
     * break of the scan (append {@code "\n"}) rather than as "done", and hold back its own checks until
     * {@link #detect} finds the scan whole.
     */
    public static boolean inProgress(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String upper = text.stripLeading().toUpperCase(Locale.ROOT);
        boolean started = upper.startsWith("BEGIN:VCARD") || upper.startsWith("MECARD:")
                || upper.startsWith("HTTP://") || upper.startsWith("HTTPS://");
        return started && detect(text).isEmpty();
    }

    /**
     * The visitor's details after a scan: each value a person typed stays, the scan fills only what is empty. A
     * typed value that is itself scan text (the scanner typed into that field) counts as empty.
     */
    public static BadgeScan merge(BadgeScan typed, BadgeScan scan) {
        if (typed == null) {
            return scan;
        }
        if (scan == null) {
            return typed;
        }
        return new BadgeScan(keep(typed.firstName(), scan.firstName()), keep(typed.lastName(), scan.lastName()),
                keep(typed.email(), scan.email()), keep(typed.phone(), scan.phone()),
                keep(typed.company(), scan.company()), keep(typed.profileUrl(), scan.profileUrl()));
    }

    /** Whether the scan found anything at all. */
    public boolean hasAnything() {
        return firstName != null || lastName != null || email != null || phone != null || company != null
                || profileUrl != null;
    }

    private static String keep(String typed, String scanned) {
        if (typed == null || typed.isBlank() || looksLikeScanText(typed)) {
            return scanned;
        }
        return typed;
    }

    private static boolean looksLikeScanText(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith("BEGIN:VCARD") || upper.startsWith("MECARD:") || inProgress(text);
    }

    private static boolean endsWithBreak(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '\n' || last == '\r' || last == '\t';
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
