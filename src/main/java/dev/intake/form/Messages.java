package dev.intake.form;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** User-facing text from the resource bundle, formatted with {@link MessageFormat} when arguments are given. */
public final class Messages {
    public static final String BUNDLE = "dev.intake.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle);
    }

    /** The texts in the default locale's language. */
    public static Messages load() {
        return load(Locale.getDefault());
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; with arguments the text is a {@link MessageFormat} pattern. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Locale locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none (e.g. a value the ATS added). */
    public String getOr(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
