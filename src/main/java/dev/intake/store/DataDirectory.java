package dev.intake.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Intake keeps its data: the platform's per-user application data folder, or the folder given with
 * {@code --data-dir DIR} (tests, portable installs).
 */
public final class DataDirectory {
    public static final String OPTION = "--data-dir";
    static final String APP_FOLDER = "Intake";

    private DataDirectory() {
    }

    /** The folder for this run: {@code --data-dir} when given, else the platform default for this user. */
    public static Path resolve(String[] args) {
        return fromArgs(args).orElseGet(() -> platformDefault(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", "."))));
    }

    /**
     * The value of {@code --data-dir DIR} or {@code --data-dir=DIR}, if present.
     *
     * @throws IllegalArgumentException when the option is given without a folder
     */
    public static Optional<Path> fromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(OPTION)) {
                if (i + 1 >= args.length || args[i + 1].isBlank() || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException(OPTION + " needs a folder, for example " + OPTION
                            + " ./intake-data");
                }
                return Optional.of(Path.of(args[i + 1]).toAbsolutePath().normalize());
            }
            if (arg.startsWith(OPTION + "=")) {
                String value = arg.substring(OPTION.length() + 1);
                if (value.isBlank()) {
                    throw new IllegalArgumentException(OPTION + " needs a folder, for example " + OPTION
                            + " ./intake-data");
                }
                return Optional.of(Path.of(value).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /**
     * The platform convention: {@code %APPDATA%\Intake} on Windows, {@code ~/Library/Application Support/Intake}
     * on macOS, {@code $XDG_DATA_HOME/Intake} (default {@code ~/.local/share/Intake}) elsewhere.
     */
    static Path platformDefault(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve(APP_FOLDER);
    }
}
