package dev.intake.diagnostics;

import dev.intake.ats.Redactor;
import dev.intake.common.AppVersion;

import dev.intake.accounts.Profile;
import dev.intake.ats.ProxyConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text behind "Copy diagnostics": what support needs to help (version, system, current profile without any
 * secret, where things are stored, the last log lines). Labels stay English whatever the UI language: support
 * reads them. The whole text is redacted once more before it is returned.
 */
public final class DiagnosticsReport {
    /** How many log lines the report carries. */
    public static final int LOG_LINES = 200;

    /** What the running application knows; gathered off the UI thread (reading the log is I/O). */
    public record Facts(Profile currentProfile, String credentialStore, ProxyConfig proxy, Path dataDirectory,
            List<Path> managedConfigFiles, List<String> logLines) {
        public Facts {
            managedConfigFiles = List.copyOf(managedConfigFiles);
            logLines = List.copyOf(logLines);
        }
    }

    private final String version;
    private final Map<String, String> system;
    private final Clock clock;
    private final Redactor redactor;

    public DiagnosticsReport(String version, Map<String, String> system, Clock clock, Redactor redactor) {
        this.version = version;
        this.system = Map.copyOf(system);
        this.clock = clock;
        this.redactor = redactor;
    }

    /** For this process: version from {@link AppVersion}, OS and Java from system properties. */
    public static DiagnosticsReport forThisProcess(Redactor redactor) {
        Map<String, String> system = Map.of(
                "os", System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "?") + " ("
                        + System.getProperty("os.arch", "?") + ")",
                "java", System.getProperty("java.vendor", "?") + " " + System.getProperty("java.runtime.version",
                        System.getProperty("java.version", "?")),
                "javafx", System.getProperty("javafx.runtime.version", "?"),
                "locale", Locale.getDefault().toLanguageTag());
        return new DiagnosticsReport(AppVersion.current(), system, Clock.systemDefaultZone(), redactor);
    }

    public String build(Facts facts) {
        StringBuilder text = new StringBuilder(8192);
        text.append("Intake diagnostics, ").append(Instant.now(clock)).append('\n')
                .append("Version: ").append(version).append('\n')
                .append("OS: ").append(system.getOrDefault("os", "?")).append('\n')
                .append("Java: ").append(system.getOrDefault("java", "?")).append('\n')
                .append("JavaFX: ").append(system.getOrDefault("javafx", "?")).append('\n')
                .append("Locale: ").append(system.getOrDefault("locale", "?")).append('\n');
        Profile profile = facts.currentProfile();
        if (profile == null) {
            text.append("Profile: none\n");
        } else if (profile.sandbox()) {
            text.append("Profile: ").append(profile.name()).append(" (built-in sandbox)\n");
        } else {
            text.append("Profile: ").append(profile.name())
                    .append(", base URL ").append(profile.baseUrl())
                    .append(", account ").append(profile.accountId()).append('\n');
        }
        text.append("Credentials: ").append(facts.credentialStore()).append('\n')
                .append("Network: ").append(facts.proxy() == null ? "?" : facts.proxy().describe()).append('\n')
                .append("Data directory: ").append(facts.dataDirectory()).append('\n');
        if (!facts.managedConfigFiles().isEmpty()) {
            text.append("Managed configuration: ").append(facts.managedConfigFiles()).append('\n');
        }
        text.append("\nLast ").append(facts.logLines().size()).append(" log lines:\n");
        facts.logLines().forEach(line -> text.append(line).append('\n'));
        return redactor.redact(text.toString());
    }
}
