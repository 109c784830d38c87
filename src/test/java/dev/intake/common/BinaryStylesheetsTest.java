package dev.intake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX loads a stylesheet's binary form ({@code .bss}, made by the build) in place of its CSS: each one must be
 * there and say what the CSS says, or the window would be styled by a stale copy.
 */
class BinaryStylesheetsTest {
    @Test
    void everyStylesheetHasABinaryFormWithTheSameRules() throws Exception {
        List<Path> stylesheets = stylesheets();
        assertFalse(stylesheets.isEmpty());
        for (Path css : stylesheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.replace(".css", ".bss"));
            assertTrue(Files.isRegularFile(bss), bss + " is missing: build with ./mvnw compile");
            Stylesheet parsed = new CssParser().parse(css.toUri().toURL());
            Stylesheet binary = Stylesheet.loadBinary(bss.toUri().toURL());
            assertNotNull(binary, bss.toString());
            assertEquals(summary(parsed), summary(binary), name);
        }
    }

    /** Selectors and declared properties, rule by rule. */
    private static List<String> summary(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(BinaryStylesheetsTest::summary).toList();
    }

    private static String summary(Rule rule) {
        return rule.getSelectors() + " { " + rule.getDeclarations().stream().map(Declaration::getProperty).toList()
                + " }";
    }

    /** The compiled stylesheets, beside Intake's main one. */
    private static List<Path> stylesheets() throws IOException, URISyntaxException {
        URL main = dev.intake.common.Stylesheet.class.getResource(dev.intake.common.Stylesheet.STYLESHEET);
        assertNotNull(main);
        try (Stream<Path> files = Files.list(Path.of(main.toURI()).getParent())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
        }
    }
}
