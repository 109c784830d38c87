package dev.intake.wizard;

import dev.intake.wizard.step.WizardStep;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything typed in the wizard, as saved in a draft: enough to put the wizard back exactly as it was, without
 * asking the ATS (picked jobs, postings and candidates are kept whole; file contents included). Each page's part
 * is under the page's own key ({@link dev.intake.wizard.step.DraftPart}); {@link DraftFormat} writes and reads it.
 *
 * @param version the draft format, raised when it changes incompatibly
 * @param parts   each page's part by its key; a page with nothing here is restored from nothing
 */
public record WizardState(int version, String draftId, WizardStep step, Map<String, Object> parts) {
    /** 2: each page's part under its key; 1 had the desk's four parts as fields of their own. */
    public static final int VERSION = 2;

    public WizardState {
        Map<String, Object> copy = new LinkedHashMap<>();
        parts.forEach((key, part) -> copy.put(Objects.requireNonNull(key), Objects.requireNonNull(part)));
        parts = Collections.unmodifiableMap(copy);
    }

    /** The current format, with these parts. */
    public static WizardState of(String draftId, WizardStep step, Map<String, Object> parts) {
        return new WizardState(VERSION, draftId, step, parts);
    }

    @Override
    public String toString() {
        // Drafts carry personal data and file contents: keep them out of logs.
        return "WizardState[version=" + version + ", draftId=" + draftId + ", step=" + step + "]";
    }
}
