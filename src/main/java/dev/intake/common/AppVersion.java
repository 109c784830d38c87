package dev.intake.common;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Properties;

/**
 * Intake's one version number (the pom's), as the About dialog, diagnostics, the User-Agent and the installers
 * show it: from the build's filtered resource, else the module's version, else "dev".
 */
public final class AppVersion {
    /** A properties file with a {@code version} entry, written by the build when it knows the release. */
    public static final String RESOURCE = "/dev/intake/version.properties";
    public static final String UNKNOWN = "dev";

    private AppVersion() {
    }

    public static String current() {
        return Holder.VERSION;
    }

    private static final class Holder {
        static final String VERSION = load();
    }

    private static String load() {
        try (InputStream resource = AppVersion.class.getResourceAsStream(RESOURCE)) {
            return of(resource, AppVersion.class.getModule().getDescriptor());
        } catch (IOException e) {
            return of(null, AppVersion.class.getModule().getDescriptor());
        }
    }

    static String of(InputStream resource, ModuleDescriptor module) {
        if (resource != null) {
            Properties properties = new Properties();
            try {
                properties.load(resource);
                String version = properties.getProperty("version", "").strip();
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            } catch (IOException e) {
                // A damaged resource is no reason to fail diagnostics: fall through to the next source.
            }
        }
        return Optional.ofNullable(module).flatMap(ModuleDescriptor::rawVersion).orElse(UNKNOWN);
    }
}
