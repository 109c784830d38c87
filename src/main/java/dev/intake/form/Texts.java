package dev.intake.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.intake.ats.Json;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Text helpers the forms share: folding for matching, and a JSON object typed as text read as a map. */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Texts() {
    }

    /** Folds text for matching: lower case, accents removed ("Développeur" matches "developpeur"). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A valid JSON object's text as a map; null when blank (or invalid, which the field's rule reports). */
    public static Map<String, Object> jsonObject(String text) {
        if (Rules.isBlank(text)) {
            return null;
        }
        try {
            return Json.mapper().readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
