package dev.intake.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns phone numbers as people type them into E.164 ({@code +4915112345678}). International numbers
 * ({@code +…} or {@code 00…}) are accepted for any country; national numbers only for the countries listed in
 * {@link Country}, whose rules are known here: the trunk prefix 0 is dropped (or, for the US, a leading 1) and
 * the length is checked. A national number whose leading 0 Excel dropped (stored as a number) is taken as is.
 */
final class PhoneNumbers {
    /** What people put between digits: blanks, dashes, dots, slashes, brackets. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\-./()\\u00A0]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** E.164 allows at most 15 digits; fewer than 7 is no real subscriber number anywhere. */
    private static final Pattern INTERNATIONAL = Pattern.compile("[1-9][0-9]{6,14}");

    private PhoneNumbers() {
    }

    /** A country whose national numbers Intake can write in international form. */
    enum Country {
        DE("49", 6, 13, "germany", "deutschland"),
        AT("43", 4, 13, "austria", "osterreich", "oesterreich"),
        CH("41", 9, 9, "switzerland", "schweiz", "suisse", "svizzera"),
        GB("44", 9, 10, "uk", "united kingdom", "great britain", "england", "grossbritannien",
                "vereinigtes konigreich"),
        US("1", 10, 10, "usa", "united states", "united states of america", "vereinigte staaten"),
        FR("33", 9, 9, "france", "frankreich"),
        NL("31", 9, 9, "netherlands", "the netherlands", "holland", "niederlande", "nederland");

        private final String callingCode;
        private final int minDigits;
        private final int maxDigits;
        private final List<String> names;

        Country(String callingCode, int minDigits, int maxDigits, String... names) {
            this.callingCode = callingCode;
            this.minDigits = minDigits;
            this.maxDigits = maxDigits;
            this.names = List.of(names);
        }

        private static final Map<String, Country> BY_NAME = byName();

        private static Map<String, Country> byName() {
            Map<String, Country> byName = new HashMap<>();
            for (Country country : values()) {
                byName.put(country.name().toLowerCase(Locale.ROOT), country);
                country.names.forEach(name -> byName.put(name, country));
            }
            return Map.copyOf(byName);
        }

        /** The country a cell names by ISO code (DE) or by its English or German name; null when unknown. */
        static Country named(String text) {
            return text == null ? null : BY_NAME.get(HeaderNames.foldAccents(text).replace(".", ""));
        }
    }

    /** The outcome: the E.164 number, or the message key saying why not. */
    record Result(String e164, String problemKey) {
        static Result ok(String e164) {
            return new Result(e164, null);
        }

        static Result problem(String key) {
            return new Result(null, key);
        }
    }

    /**
     * @param country the row's country (from its column, or the import's default); null when neither says
     */
    static Result normalise(String text, Country country) {
        String compact = PUNCTUATION.matcher(text.strip().replace("(0)", "")).replaceAll("");
        if (compact.startsWith("+")) {
            return international(compact.substring(1));
        }
        if (compact.startsWith("00")) {
            return international(compact.substring(2));
        }
        if (!DIGITS.matcher(compact).matches()) {
            return Result.problem("import.phone.notNumber");
        }
        if (country == null) {
            return Result.problem("import.phone.noCountry");
        }
        return national(compact, country);
    }

    private static Result international(String digits) {
        if (!INTERNATIONAL.matcher(digits).matches()) {
            return Result.problem("import.phone.badInternational");
        }
        return Result.ok("+" + digits);
    }

    private static Result national(String digits, Country country) {
        String significant;
        if (country == Country.US) {
            significant = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
        } else if (digits.startsWith("0")) {
            significant = digits.substring(1);
        } else if (digits.startsWith(country.callingCode) && digits.length() > country.maxDigits) {
            // Typed without "+" (or stored as a number, which drops it): 4915112345678.
            significant = digits.substring(country.callingCode.length());
        } else {
            significant = digits;
        }
        if (significant.startsWith("0") || significant.length() < country.minDigits
                || significant.length() > country.maxDigits) {
            return Result.problem("import.phone.badNational");
        }
        return Result.ok("+" + country.callingCode + significant);
    }
}
