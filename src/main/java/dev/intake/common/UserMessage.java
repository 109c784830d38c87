package dev.intake.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message for the user, kept as a bundle key and arguments so each view shows it in its own language. Arguments
 * never carry secrets.
 */
public record UserMessage(String key, List<String> args) {
    /** The application's resource bundle. */
    public static final String BUNDLE = "dev.intake.messages";

    public UserMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The text in {@code bundle}'s language. Patterns with arguments follow {@link MessageFormat} quoting. */
    public String format(ResourceBundle bundle) {
        String pattern = bundle.getString(key);
        return args.isEmpty() ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args.toArray());
    }

    /** The English text, for exception messages and the command line before any window exists. */
    public String english() {
        return format(ResourceBundle.getBundle(BUNDLE, Locale.ROOT));
    }
}
