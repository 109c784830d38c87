package dev.intake.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intake.ats.Json;
import dev.intake.common.AtomicFiles;
import dev.intake.common.UserMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@link Settings} in {@code settings.json}. Blocking file I/O: call off the UI thread. */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final ObjectMapper MAPPER = Json.mapper();

    private final Path file;
    private UserMessage loadProblem;

    public SettingsStore(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults. An unreadable file is moved aside, never silently overwritten. */
    public synchronized Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            Settings settings = MAPPER.readValue(file.toFile(), Settings.class);
            return settings == null ? Settings.DEFAULTS : settings;
        } catch (IOException | RuntimeException e) {
            loadProblem = UserMessage.of("settings.file.unreadable", file, AtomicFiles.moveAside(file));
            return Settings.DEFAULTS;
        }
    }

    /** Set after {@link #load()} found a file it could not read. */
    public synchronized Optional<UserMessage> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    public synchronized void save(Settings settings) throws IOException {
        AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings), false);
    }
}
