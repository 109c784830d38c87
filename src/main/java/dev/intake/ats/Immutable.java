package dev.intake.ats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for records whose optional collections are null when absent (so they are omitted from JSON). */
final class Immutable {
    private Immutable() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        // Insertion order matters to people reading the JSON preview.
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
