package dev.intake.accounts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.intake.common.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Secrets in a JSON file only the user can read (0600 on POSIX, an owner-only ACL elsewhere): the fallback where no
 * OS credential store is available. Each change rewrites the file atomically.
 */
public final class FileCredentialStore implements CredentialStore {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final System.Logger LOG = System.getLogger(FileCredentialStore.class.getName());

    private final Path file;

    public FileCredentialStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(String name) {
        CredentialStore.requireValidName(name);
        return Optional.ofNullable(read().get(name));
    }

    @Override
    public synchronized void put(String name, String secret) {
        CredentialStore.requireValidName(name);
        CredentialStore.requireSecret(secret);
        Map<String, String> secrets = read();
        secrets.put(name, secret);
        write(secrets);
    }

    @Override
    public synchronized void delete(String name) {
        CredentialStore.requireValidName(name);
        Map<String, String> secrets = read();
        if (secrets.remove(name) != null) {
            write(secrets);
        }
    }

    @Override
    public String description() {
        return "file readable only by the user (" + file + ")";
    }

    private Map<String, String> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            if (AtomicFiles.widerThanOwnerOnly(file)) {
                // Someone copied or restored the file with loose permissions: close it again before reading.
                LOG.log(System.Logger.Level.WARNING, "Credential file had permissions wider than 0600; narrowed: "
                        + file);
                AtomicFiles.restrictToOwner(file);
            }
            TreeMap<String, String> secrets = MAPPER.readValue(file.toFile(), MAP);
            return secrets == null ? new TreeMap<>() : secrets;
        } catch (IOException e) {
            // The parser's message may quote file content, which is secret: report only the file and the fix.
            throw new CredentialStoreException("The credential file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + "). Fix: delete it and enter the API keys again.");
        }
    }

    private void write(Map<String, String> secrets) {
        try {
            AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(secrets), true);
        } catch (IOException e) {
            throw new CredentialStoreException("The credential file " + file + " cannot be written ("
                    + e.getClass().getSimpleName() + "). Fix: check that the folder exists and is writable.", e);
        }
    }
}
