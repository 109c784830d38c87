package dev.intake.wizard.candidate;

/**
 * A country as the picker shows it. {@code name} is the English name the ATS expects in {@code candidate.country}
 * (e.g. "United States"); {@code callingCode} lets a national phone number be written in E.164.
 */
public record Country(String code, String name, String callingCode) {
    @Override
    public String toString() {
        return name;
    }
}
