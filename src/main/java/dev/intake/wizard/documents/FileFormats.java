package dev.intake.wizard.documents;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.intake.ats.CodedValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** {@code file_format} from a file name's extension, as the spec's FileFormatEnum names formats. */
public final class FileFormats {
    private static final Set<String> KNOWN = load();

    private FileFormats() {
    }

    /** The extension when the spec knows it, {@code unmapped_value} with the extension otherwise, null without one. */
    public static CodedValue of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return KNOWN.contains(extension) ? CodedValue.of(extension)
                : new CodedValue("unmapped_value", TextNode.valueOf(extension));
    }

    private static Set<String> load() {
        Set<String> known = new HashSet<>();
        try (InputStream in = FileFormats.class.getResourceAsStream("/dev/intake/wizard/documents/file-formats.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip)
                    .forEach(known::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(known);
    }
}
