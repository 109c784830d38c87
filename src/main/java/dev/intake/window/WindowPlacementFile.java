package dev.intake.window;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intake.ats.Json;
import dev.intake.common.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@link WindowPlacements} in {@code window.json} in the config folder, beside the settings. */
public final class WindowPlacementFile implements WindowPlacements {
    public static final String FILE_NAME = "window.json";
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final System.Logger LOG = System.getLogger(WindowPlacementFile.class.getName());

    private final Path file;

    public WindowPlacementFile(Path configDirectory) {
        this.file = configDirectory.resolve(FILE_NAME);
    }

    /** A file that cannot be read only costs the window its last place: it opens at the default one. */
    @Override
    public Optional<WindowPlacement> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readValue(file.toFile(), WindowPlacement.class));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring the window placement in {0}: {1}", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(WindowPlacement placement) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(placement), false);
    }
}
