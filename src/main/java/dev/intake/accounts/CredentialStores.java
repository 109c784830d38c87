package dev.intake.accounts;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Picks the credential store for this computer. */
public final class CredentialStores {
    /** Long enough for the user to answer a keyring unlock prompt. */
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(60);
    private static final String MAC_SECURITY = "/usr/bin/security";

    private CredentialStores() {
    }

    /** The OS store when its tool is installed, backed by the protected {@code fallbackFile}; else the file alone. */
    public static CredentialStore forThisMachine(Path fallbackFile) {
        return select(System.getProperty("os.name", ""), System.getenv(), new ProcessCommandRunner(TOOL_TIMEOUT),
                fallbackFile);
    }

    static CredentialStore select(String osName, Map<String, String> env, CommandRunner runner, Path fallbackFile) {
        FileCredentialStore file = new FileCredentialStore(fallbackFile);
        return osStore(osName, env, runner)
                .<CredentialStore>map(os -> new FallbackCredentialStore(os, file))
                .orElse(file);
    }

    static Optional<CredentialStore> osStore(String osName, Map<String, String> env, CommandRunner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Files.isExecutable(Path.of(MAC_SECURITY))
                    ? Optional.of(new MacKeychainCredentialStore(runner, MAC_SECURITY)) : Optional.empty();
        }
        if (os.startsWith("windows")) {
            Path inSystem = Path.of(env.getOrDefault("SystemRoot", "C:\\Windows"), "System32", "WindowsPowerShell",
                    "v1.0", "powershell.exe");
            Optional<Path> powershell = Files.isExecutable(inSystem) ? Optional.of(inSystem)
                    : onPath("powershell.exe", env);
            return powershell.map(p -> new WindowsCredentialStore(runner, p.toString()));
        }
        // Linux and other Unix desktops: the Secret Service, when libsecret's tool is installed.
        return onPath("secret-tool", env).map(p -> new SecretToolCredentialStore(runner, p.toString()));
    }

    static Optional<Path> onPath(String program, Map<String, String> env) {
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
