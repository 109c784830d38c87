package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sentence the import shows exists, and survives MessageFormat, which every one goes through. */
class ImportTextTest {
    private static Properties english() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportTextTest.class.getResourceAsStream("/dev/intake/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyTheImportUsesExists() throws IOException {
        Properties english = english();
        Pattern key = Pattern.compile("\"((?:import|validation)\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/intake/importing"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void importSentencesHaveNoBareApostropheOrBraceThatMessageFormatWouldEat() throws IOException {
        Properties english = english();
        for (String name : english.stringPropertyNames()) {
            if (!name.startsWith("import.")) {
                continue;
            }
            String value = english.getProperty(name);
            // An apostrophe is written '' and a brace quoted as '{' or '}}'; any other apostrophe would vanish.
            assertFalse(value.replace("''", "").replaceAll("'[{}]+'", "").contains("'"), name);
            // Counts ({0,number,integer}) take numbers, everything else the words it names.
            String shown = value.contains(",number") ? ImportText.get(name, 1, 2, 3, 4, 5, 6, 7, 8)
                    : ImportText.get(name, "A", "B", "C", "D", "E", "F", "G", "H");
            assertFalse(shown.contains("{") && !value.contains("'{'"), name + ": " + shown);
        }
        assertEquals(List.of("The column mapping m.json is not valid JSON. Write it as {\"columns\": {\"email\": "
                + "\"E-Mail\", \"job\": 4}}."), List.of(ImportText.get("import.mapping.notJson", "m.json")));
    }
}
