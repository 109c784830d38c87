package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the accounts, profiles and settings views use, and the message when no window can be opened, exists
 * in English and in German alike.
 */
class MessagesTest {
    private static final List<String> OWN_PREFIXES = List.of("credentials.", "transport.", "proxy.", "connection.",
            "managed.", "profiles.", "switcher.", "settings.", "window.");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/intake/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> own(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (OWN_PREFIXES.stream().anyMatch(key::startsWith)) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void germanHasEveryOwnKeyWithTheSamePlaceholders() throws IOException {
        Properties english = bundle("messages.properties");
        Properties german = bundle("messages_de.properties");
        assertEquals(own(english), own(german));
        assertEquals(own(german), german.stringPropertyNames(), "German holds only these keys");
        for (String key : own(english)) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(german.getProperty(key)), key);
        }
    }

    @Test
    void patternsWithArgumentsHaveNoBareApostrophe() throws IOException {
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            Properties properties = bundle(file);
            for (String key : own(properties)) {
                String value = properties.getProperty(key);
                if (PLACEHOLDER.matcher(value).find()) {
                    assertTrue(!value.replace("''", "").contains("'"), file + " " + key);
                }
            }
        }
    }

    @Test
    void everyKeyUsedInOwnCodeAndViewsExists() throws IOException {
        Properties english = bundle("messages.properties");
        Pattern codeKey = Pattern.compile("\"((?:" + String.join("|", OWN_PREFIXES).replace(".", "\\.")
                + ")[A-Za-z.]*[A-Za-z])\"");
        Pattern fxmlKey = Pattern.compile("\"%([A-Za-z.]+)\"");
        List<String> missing = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (String dir : List.of("src/main/java/dev/intake/accounts", "src/main/java/dev/intake/profiles",
                "src/main/java/dev/intake/settings", "src/main/resources/fxml")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.filter(Files::isRegularFile).forEach(sources::add);
            }
        }
        for (Path source : sources) {
            String text = Files.readString(source);
            for (Pattern pattern : List.of(codeKey, fxmlKey)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefixOnly = key.equals("settings.theme");
                    if (!english.containsKey(key) && !prefixOnly && !key.endsWith(".json")) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(sources.size() > 20, "the sources were found");
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
