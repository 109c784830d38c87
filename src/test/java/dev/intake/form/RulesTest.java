package dev.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.form.Messages;
import dev.intake.form.Rules;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesTest {
    private final Rules rules = new Rules(Messages.load());

    @Test
    void requiredNamesTheField() {
        assertEquals("First name is required: fill it in to continue.", rules.required("First name").apply("  "));
        assertNull(rules.required("First name").apply("Ada"));
    }

    @Test
    void emailNamesTheFieldTheValueAndTheFix() {
        assertEquals("Email: “ada@” is not an email address. Write it as name@example.com.",
                rules.email("Email", true).apply("ada@"));
        assertNull(rules.email("Email", true).apply(" ada@example.com "));
        assertTrue(rules.email("Email", true).apply("").contains("required"));
        assertNull(rules.email("Email", false).apply(""));
        for (String bad : new String[] {"ada", "ada@example", "a b@example.com", "ada@@example.com", "ada@ex..com"}) {
            assertTrue(rules.email("Email", true).apply(bad) != null, bad);
        }
    }

    @Test
    void urlAcceptsAddressesWithoutSchemeAndSendsThemWithHttps() {
        assertNull(rules.url("Portfolio", false).apply("example.com/work"));
        assertEquals(Optional.of("https://example.com/work"), Rules.normaliseUrl("example.com/work"));
        assertEquals(Optional.of("http://localhost:8080/x"), Rules.normaliseUrl("http://localhost:8080/x"));
        assertTrue(rules.url("Portfolio", false).apply("not a url").startsWith("Portfolio: “not a url”"));
        assertTrue(rules.url("Portfolio", false).apply("ftp://example.com") != null);
        assertTrue(rules.url("Portfolio", false).apply("https://nodot") != null);
    }

    @Test
    void datesMustBeIsoWithAnExampleInTheMessage() {
        assertNull(rules.isoDate("Hired date", false).apply("2026-03-31"));
        assertEquals("Hired date: write the date as YYYY-MM-DD, for example 2026-03-31.",
                rules.isoDate("Hired date", false).apply("31/03/2026"));
        assertTrue(rules.isoDate("Hired date", false).apply("2026-02-30") != null);
        assertNull(rules.isoDate("Hired date", false).apply(""));
    }

    @Test
    void numbersAndWholeNumbers() {
        assertNull(rules.number("Years", false, true).apply("12"));
        assertEquals("Years: enter a whole number, for example 42.", rules.number("Years", false, true).apply("1.5"));
        assertNull(rules.number("Score", false, false).apply("1.5"));
        assertTrue(rules.number("Score", false, false).apply("1,5").startsWith("Score: enter a number"));
    }

    @Test
    void jsonMustBeAnObjectAndSyntaxErrorsSayWhere() {
        assertNull(rules.jsonObject("Passthrough").apply("{\"a\": 1}"));
        assertNull(rules.jsonObject("Passthrough").apply(""));
        assertEquals("Passthrough: this must be a JSON object, such as {\"key\": \"value\"}. Clear the box if you "
                + "do not need it.", rules.jsonObject("Passthrough").apply("[1, 2]"));
        String syntax = rules.jsonObject("Passthrough").apply("{\"a\": }");
        assertTrue(syntax.startsWith("Passthrough: this is not valid JSON (line 1, column"), syntax);
        assertTrue(syntax.endsWith("Fix it or clear the box."), syntax);
    }
}
