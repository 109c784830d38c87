package dev.intake.importing;

import java.text.Normalizer;
import java.util.Locale;

/** Compares header names and job titles the way a person reads them: case, accents and punctuation aside. */
final class HeaderNames {
    private HeaderNames() {
    }

    /** "E-Mail-Adresse " and "email adresse" both become {@code emailadresse}; "Straße" becomes {@code strasse}. */
    static String normalise(String text) {
        return foldAccents(text).replaceAll("[^\\p{Alnum}]", "");
    }

    /** Lower case without accents, blanks collapsed: for comparing titles, where words stay apart. */
    static String foldAccents(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT).replace("ß", "ss"),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }
}
