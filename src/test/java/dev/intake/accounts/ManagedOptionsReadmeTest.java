package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/** The README's table of managed-install options is what the command line takes, and names every one of them. */
class ManagedOptionsReadmeTest {
    private static final String TABLE_HEADER = "| Option (`--option VALUE` or `--option=VALUE`) | Key in a config file |";

    /** Option to value label, as the README's table writes them ({@code `--base-url URL`}). */
    private static Map<String, String> documented() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith(TABLE_HEADER)).findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no managed-install option table")));
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

    /** Option to value label, as picocli parses them. */
    private static Map<String, String> parsed() {
        return CommandSpec.forAnnotatedObject(new ManagedOptions()).options().stream()
                .collect(Collectors.toMap(o -> o.longestName(), o -> o.paramLabel(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    @Test
    void everyDocumentedOptionIsParsedWithTheSameValueLabel() throws IOException {
        Map<String, String> documented = documented();
        assertFalse(documented.isEmpty(), "the table has rows");

        documented.forEach((option, label) -> assertEquals(label, parsed().get(option),
                option + ": the README says `" + option + " " + label + "`, the command line "
                        + (parsed().containsKey(option) ? "names its value " + parsed().get(option)
                                : "does not know it")));
    }

    @Test
    void everyManagedOptionTheCommandLineTakesIsDocumented() throws IOException {
        Map<String, String> documented = documented();

        parsed().keySet().forEach(option -> assertTrue(documented.containsKey(option),
                option + " is taken on the command line but missing from the README's table"));
        assertEquals(parsed().keySet(), documented.keySet());
    }

    @Test
    void theOptionsReadFromConfigFilesAreTheOnesTheCommandLineDeclares() {
        List<String> read = Arrays.stream(ManagedConfig.Option.values()).map(ManagedConfig.Option::flag).toList();

        for (ManagedConfig.Option option : ManagedConfig.Option.values()) {
            assertEquals(option.placeholder(), parsed().get(option.flag()), option.flag());
        }
        assertEquals(read.size() + 1, parsed().size(), "the options above, and " + ManagedConfig.CONFIG_OPTION);
    }
}
