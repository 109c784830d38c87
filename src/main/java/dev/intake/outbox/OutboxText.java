package dev.intake.outbox;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The outbox's user-facing sentences, from the application's message bundle. */
public final class OutboxText {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages");

    private OutboxText() {
    }

    public static String get(String key, Object... args) {
        String pattern = MESSAGES.getString(key);
        return new MessageFormat(pattern, MESSAGES.getLocale()).format(args);
    }
}
