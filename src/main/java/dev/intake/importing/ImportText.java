package dev.intake.importing;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The import's user-facing sentences, from the application's message bundle. */
final class ImportText {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages");

    private ImportText() {
    }

    static String get(String key, Object... args) {
        String pattern = MESSAGES.getString(key);
        return new MessageFormat(pattern, MESSAGES.getLocale()).format(args);
    }
}
