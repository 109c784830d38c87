package dev.intake.common;

import java.util.regex.Pattern;

/**
 * The one rule for what counts as an email address, shared by every way of entering applicants (the wizard's
 * field, file imports), so an address accepted in one place is never refused in another.
 */
public final class EmailAddresses {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)*\\.[^\\s@.]{2,}");

    private EmailAddresses() {
    }

    /** True for text that, once surrounding blanks are removed, looks like {@code name@example.com}. */
    public static boolean isValid(String text) {
        return text != null && EMAIL.matcher(text.strip()).matches() && !text.contains("..");
    }
}
