package dev.intake.config;

import dev.intake.ats.ProxyConfig;
import dev.intake.common.Theme;
import dev.intake.common.UserMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Preferences kept across restarts. {@code dataDirectory} null means the platform default, {@code language} null
 * means the system language.
 */
public record Settings(String dataDirectory, Theme theme, int retentionDays, String language, ProxyConfig proxy) {
    public static final int MIN_RETENTION_DAYS = 1;
    public static final int MAX_RETENTION_DAYS = 3650;
    /** Long enough to answer "did this applicant go in last quarter?", short enough not to hoard personal data. */
    public static final int DEFAULT_RETENTION_DAYS = 90;
    /** Languages with a complete bundle for the settings' own texts; English is the base bundle. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    public static final Settings DEFAULTS = new Settings(null, Theme.SYSTEM, DEFAULT_RETENTION_DAYS, null,
            ProxyConfig.SYSTEM);

    public Settings {
        theme = theme == null ? Theme.SYSTEM : theme;
        proxy = proxy == null ? ProxyConfig.SYSTEM : proxy;
        dataDirectory = dataDirectory == null || dataDirectory.isBlank() ? null : dataDirectory.strip();
        language = language == null || language.isBlank() ? null : language.strip();
        if (retentionDays < MIN_RETENTION_DAYS || retentionDays > MAX_RETENTION_DAYS) {
            throw new IllegalArgumentException(retentionProblem(Integer.toString(retentionDays)).orElseThrow()
                    .english());
        }
    }

    public Optional<Path> dataDirectoryPath() {
        return Optional.ofNullable(dataDirectory).map(Path::of);
    }

    /** The locale for the resource bundle; the system's when no language was chosen. */
    public Locale locale() {
        return language == null ? Locale.getDefault() : Locale.forLanguageTag(language);
    }

    public Settings withProxy(ProxyConfig newProxy) {
        return new Settings(dataDirectory, theme, retentionDays, language, Objects.requireNonNull(newProxy));
    }

    public static Optional<UserMessage> retentionProblem(String text) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            if (days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        return Optional.of(UserMessage.of("settings.retention.invalid", MIN_RETENTION_DAYS, MAX_RETENTION_DAYS));
    }

    /** A data directory typed by the user must be absolute: a relative one would depend on how Intake started. */
    public static Optional<UserMessage> dataDirectoryProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Path.of(text.strip()).isAbsolute() ? Optional.empty()
                    : Optional.of(UserMessage.of("settings.dataDirectory.relative"));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of(UserMessage.of("settings.dataDirectory.invalid"));
        }
    }
}
