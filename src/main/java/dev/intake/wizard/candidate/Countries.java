package dev.intake.wizard.candidate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every country with a calling code, named in English as ATSs store them, sorted by name. */
public final class Countries {
    private static final List<Country> ALL = load();

    private Countries() {
    }

    public static List<Country> all() {
        return ALL;
    }

    public static Optional<Country> byCode(String code) {
        return ALL.stream().filter(country -> country.code().equalsIgnoreCase(code)).findFirst();
    }

    /** Finds a country by the name the ATS returned or a draft stored. */
    public static Optional<Country> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return ALL.stream().filter(country -> country.name().equalsIgnoreCase(wanted)).findFirst();
    }

    private static List<Country> load() {
        List<Country> countries = new ArrayList<>();
        try (InputStream in = Countries.class.getResourceAsStream("/dev/intake/wizard/candidate/calling-codes.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // The names are written out rather than asked of the locale data: that took about 10 ms of the
                // window's start, on its UI thread.
                String[] parts = line.strip().split(" ", 3);
                countries.add(new Country(parts[0], parts[2], parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        countries.sort(Comparator.comparing(Country::name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(countries);
    }
}
