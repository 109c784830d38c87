package dev.intake.wizard.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The country list: written-out names, as the locale data names them in English, in the order users scan. */
class CountriesTest {
    @Test
    void everyCountryIsNamedAsTheLocaleDataNamesItInEnglish() {
        List<String> differing = Countries.all().stream()
                .filter(c -> !c.name().equals(Locale.of("", c.code()).getDisplayCountry(Locale.ENGLISH)))
                .map(c -> c.code() + " \"" + c.name() + "\" vs \""
                        + Locale.of("", c.code()).getDisplayCountry(Locale.ENGLISH) + "\"")
                .toList();

        assertEquals(List.of(), differing, "names in calling-codes.txt that the JDK writes differently");
    }

    @Test
    void namesWithSpacesAndAccentsAreReadWhole() {
        assertEquals("United Arab Emirates", Countries.byCode("AE").orElseThrow().name());
        assertEquals("Côte d’Ivoire", Countries.byCode("CI").orElseThrow().name());
        assertEquals("225", Countries.byCode("CI").orElseThrow().callingCode());
        assertEquals("SE", Countries.byName(" sweden ").orElseThrow().code());
    }

    @Test
    void theListIsSortedByNameAndHoldsEveryLine() {
        List<Country> all = Countries.all();

        assertTrue(all.size() > 240, "every country with a calling code, got " + all.size());
        assertEquals(all.stream().sorted(Comparator.comparing(Country::name, String.CASE_INSENSITIVE_ORDER)).toList(),
                all);
    }
}
