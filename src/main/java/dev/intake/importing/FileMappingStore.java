package dev.intake.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intake.common.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps each remembered mapping as a {@link MappingJson} file in a folder (the app passes its data folder), named
 * after a hash of the header set so any header text is a safe file name. Header names can be personal (a
 * partner's name in a column title), so the files are readable by their owner only.
 */
public final class FileMappingStore implements MappingStore {
    private final Path folder;
    private final ObjectMapper mapper;

    public FileMappingStore(Path folder, ObjectMapper mapper) {
        this.folder = Objects.requireNonNull(folder);
        this.mapper = Objects.requireNonNull(mapper);
    }

    @Override
    public Optional<ColumnMapping> load(List<String> headers) throws ImportFileException {
        Path file = fileFor(headers);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ImportFileException(ImportText.get("import.mapping.unreadable", file.toString()));
        }
        return Optional.of(MappingJson.apply(mapper, json, ColumnMapping.automatic(headers), file.toString()));
    }

    @Override
    public void save(ColumnMapping mapping) throws ImportFileException {
        Path file = fileFor(mapping.headers());
        try {
            AtomicFiles.createDirectories(folder, true);
            AtomicFiles.write(file, MappingJson.write(mapper, mapping).getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new ImportFileException(ImportText.get("import.mapping.unwritable", file.toString()));
        }
    }

    private Path fileFor(List<String> headers) {
        String hash = ImportFileReader.sha256(ColumnMapping.headerKey(headers).getBytes(StandardCharsets.UTF_8));
        return folder.resolve("import-mapping-" + hash.substring(0, 24) + ".json");
    }
}
