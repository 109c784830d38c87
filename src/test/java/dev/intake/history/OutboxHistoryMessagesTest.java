package dev.intake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.store.SubmissionState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sentence the outbox, the command line and history show exists and is a valid pattern. */
class OutboxHistoryMessagesTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);

    @Test
    void everyKeyUsedInCodeAndViewExists() throws Exception {
        Pattern key = Pattern.compile("\"%?((?:outbox|history)\\.[A-Za-z.]*[A-Za-z])\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (String dir : List.of("src/main/java/dev/intake/outbox", "src/main/java/dev/intake/history",
                "src/main/resources/fxml")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = key.matcher(Files.readString(file));
                    while (m.find()) {
                        found++;
                        if (!MESSAGES.containsKey(m.group(1)) && !m.group(1).endsWith(".")) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(found > 60, "the sources were read: " + found);
    }

    @Test
    void keysBuiltFromStatesExistForEveryState() {
        for (SubmissionState state : SubmissionState.values()) {
            assertTrue(MESSAGES.containsKey("history.state." + state.name()), state.name());
            if (state != SubmissionState.OUTCOME_UNKNOWN) {
                assertTrue(MESSAGES.containsKey("outbox.advice." + state.name()), state.name());
            }
        }
        for (HistoryViewModel.StatusFilter filter : HistoryViewModel.StatusFilter.values()) {
            assertTrue(MESSAGES.containsKey("history.status." + filter.name()), filter.name());
        }
    }

    @Test
    void everyPatternFormats() {
        for (String name : MESSAGES.keySet()) {
            if (name.startsWith("outbox.") || name.startsWith("history.")) {
                String text = new MessageFormat(MESSAGES.getString(name), Locale.ENGLISH)
                        .format(new Object[] {2, 30, "x"});
                assertTrue(!text.isBlank() && !text.matches("(?s).*\\{\\d.*"), name + ": " + text);
            }
        }
        assertEquals("1 submission deleted.", new MessageFormat(MESSAGES.getString("history.done.delete"),
                Locale.ENGLISH).format(new Object[] {1}));
    }
}
