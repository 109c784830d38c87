package dev.intake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AppVersionTest {
    private static final ModuleDescriptor VERSIONED = ModuleDescriptor.newModule("dev.intake").version("0.1.0").build();
    private static final ModuleDescriptor UNVERSIONED = ModuleDescriptor.newModule("dev.intake").build();

    private static ByteArrayInputStream resource(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void buildResourceWinsThenModuleVersionThenDev() {
        assertEquals("1.4.2", AppVersion.of(resource("version=1.4.2\n"), VERSIONED));
        assertEquals("0.1.0", AppVersion.of(null, VERSIONED));
        assertEquals("0.1.0", AppVersion.of(resource("version=${project.version}\n"), VERSIONED));
        assertEquals("dev", AppVersion.of(resource("other=1\n"), UNVERSIONED));
        assertEquals("dev", AppVersion.of(null, null));
    }
}
