package dev.intake.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Intake's version, as the pom declares it (the build writes it into {@code /dev/intake/version.properties}). */
public final class AppVersion {
    private static final String RESOURCE = "/dev/intake/version.properties";

    private AppVersion() {
    }

    /** For example {@code 0.1.0}: the same number the About dialog shows and the installers carry. */
    public static String current() {
        return Holder.VERSION;
    }

    private static final class Holder {
        static final String VERSION = load();

        private static String load() {
            try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: build with Maven, which generates it");
                }
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (version.isBlank() || version.startsWith("${")) {
                    throw new IllegalStateException(RESOURCE + " holds no version: resource filtering did not run");
                }
                return version;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
