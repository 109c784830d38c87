package dev.intake.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Compares header names and job titles the way a person reads them: case, accents and punctuation aside. */
final class HeaderNames {
    // Compiled once: these run on several cells of every row of files with tens of thousands of rows.
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{Alnum}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private HeaderNames() {
    }

    /** "E-Mail-Adresse " and "email adresse" both become {@code emailadresse}; "Straße" becomes {@code strasse}. */
    static String normalise(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(foldAccents(text)).replaceAll("");
    }

    /** Lower case without accents, blanks collapsed: for comparing titles, where words stay apart. */
    static String foldAccents(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT).replace("ß", "ss");
        String folded = lower.chars().allMatch(c -> c < 0x80) ? lower
                : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return BLANKS.matcher(folded).replaceAll(" ");
    }
}
