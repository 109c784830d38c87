package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's table of the import's options is what {@code intake --import} takes, value labels included. */
class ImportReadmeTest {
    private static final String TABLE_HEADER = "| Import option | Meaning |";
    /** Options the import shares with the other commands, documented with them. */
    private static final Set<String> SHARED = Set.of("--data-dir", "--config-dir", "--help", "--base-url",
            "--account-id", "--api-key-file", "--profile", "--proxy", "--proxy-user", "--proxy-password-file",
            "--config");

    private static Map<String, String> documented() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith(TABLE_HEADER)).findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no table of the import's options")));
        Map<String, String> options = new LinkedHashMap<>();
        for (String row : lines.subList(header + 2, lines.size())) {
            if (!row.startsWith("|")) {
                break;
            }
            String usage = row.split("\\|")[1].strip();
            String[] words = usage.substring(1, usage.length() - 1).split(" ");
            options.put(words[0], words.length > 1 ? words[1] : "");
        }
        return options;
    }

    private static Map<String, String> parsed() {
        return ImportCommand.commandLine().getCommandSpec().options().stream()
                .filter(o -> !SHARED.contains(o.longestName()))
                .collect(Collectors.toMap(o -> o.longestName(), o -> o.arity().max() == 0 ? "" : o.paramLabel(),
                        (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void theTableListsEveryOptionOfTheImportWithItsValueLabelInOrder() throws IOException {
        assertEquals(parsed(), documented());
        assertEquals(List.copyOf(parsed().keySet()), List.copyOf(documented().keySet()));
    }
}
