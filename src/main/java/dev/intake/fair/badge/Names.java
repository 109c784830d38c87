package dev.intake.fair.badge;

/** Splitting a formatted name and tidying a phone value, for codes that give no separate parts. */
final class Names {
    private Names() {
    }

    /**
     * {@code [first, last]} from a formatted name: the last word is the family name ("Anna Maria Svensson" gives
     * "Anna Maria" and "Svensson"). A name without spaces (common in Japanese and Chinese) is kept whole as the
     * first name rather than cut at a guessed place.
     */
    static String[] split(String formatted) {
        String name = formatted == null ? "" : formatted.strip().replaceAll("\\s+", " ");
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {name.isEmpty() ? null : name, null};
        }
        return new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    /** A phone value without a {@code tel:} scheme (vCard 4.0 writes phones as URIs). */
    static String phone(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.regionMatches(true, 0, "tel:", 0, 4)) {
            stripped = stripped.substring(4);
        }
        int parameters = stripped.indexOf(';');
        return parameters >= 0 ? stripped.substring(0, parameters) : stripped;
    }
}
