package dev.intake.config;

import dev.intake.accounts.ManagedConfigException;
import dev.intake.common.UserMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where settings, profiles and (without an OS credential store) the protected key file live. Separate from the data
 * directory, which holds applicants' data and logs and can itself be chosen in the settings.
 */
public final class ConfigDirectory {
    public static final String OPTION = "--config-dir";
    public static final String ENV = "INTAKE_CONFIG_DIR";

    private ConfigDirectory() {
    }

    /**
     * {@code --config-dir DIR}, else {@code $INTAKE_CONFIG_DIR}, else the platform's place.
     *
     * @throws ManagedConfigException when {@code --config-dir} has no value
     */
    public static Path resolve(List<String> args, String osName, Map<String, String> env, Path home) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith(OPTION + "=")) {
                return Path.of(arg.substring(OPTION.length() + 1)).toAbsolutePath();
            }
            if (arg.equals(OPTION)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--") || args.get(i + 1).isBlank()) {
                    throw new ManagedConfigException(UserMessage.of("managed.missingValue", OPTION,
                            "/path/to/folder"));
                }
                return Path.of(args.get(i + 1)).toAbsolutePath();
            }
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return platformDefault(osName, env, home);
    }

    public static Path forThisProcess(List<String> args) {
        return resolve(args, System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    static Path platformDefault(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData == null ? home.resolve("AppData").resolve("Roaming").resolve("Intake")
                    : Path.of(appData, "Intake");
        }
        if (os.startsWith("mac")) {
            // Not ~/Library/Preferences: that folder belongs to the system preferences daemon.
            return home.resolve("Library").resolve("Application Support").resolve("dev.intake");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("intake");
    }
}
