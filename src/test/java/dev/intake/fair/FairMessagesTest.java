package dev.intake.fair;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A bare apostrophe in a pattern with arguments swallows the arguments: "event's {0}" would show "events {0}". */
class FairMessagesTest {
    @Test
    void fairPatternsWithArgumentsHaveNoBareApostrophe() throws IOException {
        Properties english = new Properties();
        try (InputStream in = FairMessagesTest.class.getResourceAsStream("/dev/intake/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (key.startsWith("fair.") && value.matches("(?s).*\\{\\d.*")) {
                assertTrue(!value.replace("''", "").contains("'"), key + ": " + value);
            }
        }
    }
}
