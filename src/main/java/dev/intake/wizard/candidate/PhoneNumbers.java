package dev.intake.wizard.candidate;

import java.util.Optional;
import java.util.Set;

/**
 * Phone numbers in E.164 ({@code +447700900123}) or national form for a chosen country. A national number has its
 * trunk prefix removed (usually a leading 0) and the country's calling code put in front.
 */
public final class PhoneNumbers {
    /** Countries where the leading 0 is part of the number, not a trunk prefix. */
    private static final Set<String> ZERO_KEPT = Set.of("IT", "SM", "VA");

    /** The outcome of reading what the user typed. */
    public enum Problem { CHARACTERS, INTERNATIONAL_LENGTH, NEEDS_COUNTRY, NATIONAL_LENGTH }

    public record Result(String e164, Problem problem) {
        public boolean ok() {
            return e164 != null;
        }
    }

    private PhoneNumbers() {
    }

    /** Reads {@code typed}; {@code country} may be null when none was chosen. */
    public static Result read(String typed, Country country) {
        String compact = typed.strip().replaceAll("[\\s\\-.()/]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        boolean international = compact.startsWith("+");
        String digits = international ? compact.substring(1) : compact;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Result(null, Problem.CHARACTERS);
        }
        if (international) {
            boolean ok = digits.charAt(0) != '0' && digits.length() >= 8 && digits.length() <= 15;
            return ok ? new Result("+" + digits, null) : new Result(null, Problem.INTERNATIONAL_LENGTH);
        }
        if (country == null) {
            return new Result(null, Problem.NEEDS_COUNTRY);
        }
        return national(digits, country)
                .map(e164 -> new Result(e164, null))
                .orElse(new Result(null, Problem.NATIONAL_LENGTH));
    }

    private static Optional<String> national(String digits, Country country) {
        String code = country.callingCode();
        String significant = digits;
        if (code.equals("1")) {
            // North American numbering plan: ten digits, optionally preceded by the trunk prefix 1.
            if (significant.length() == 11 && significant.startsWith("1")) {
                significant = significant.substring(1);
            }
            return significant.length() == 10 && significant.charAt(0) >= '2'
                    ? Optional.of("+1" + significant) : Optional.empty();
        }
        if (!ZERO_KEPT.contains(country.code()) && significant.startsWith("0")) {
            significant = significant.substring(1);
        }
        int total = code.length() + significant.length();
        if (significant.length() < 4 || total > 15 || significant.startsWith("0") && !ZERO_KEPT.contains(country.code())) {
            return Optional.empty();
        }
        return Optional.of("+" + code + significant);
    }

    /** Writes a number as E.164 when possible, else as typed; for sending. */
    public static String toE164OrTrimmed(String typed, Country country) {
        Result result = read(typed, country);
        return result.ok() ? result.e164() : typed.strip();
    }
}
