package dev.intake.importing;

/**
 * What applies to rows that do not say it themselves.
 *
 * @param job the job for a file without a job column (an id, code or title, matched like a cell); null for none
 * @param sourceName the source sent for rows without a source cell (e.g. the fair's name); null for none
 * @param country the country for national phone numbers of rows without a country cell (ISO code or name,
 *                e.g. DE); null for none
 */
public record ImportDefaults(String job, String sourceName, String country) {
    public static final ImportDefaults NONE = new ImportDefaults(null, null, null);
}
