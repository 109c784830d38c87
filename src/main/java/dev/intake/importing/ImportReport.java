package dev.intake.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What an import did, row by row, with the totals per outcome. Written as JSON (snake_case, absent values left
 * out) for {@code --import} and for support:
 * <pre>
 * {"file":"leads.csv","rows":3,"created":1,"duplicates":1,"invalid":1,"already_imported":0,"already_in_ats":0,
 *  "queued":0,"rejected":0,"outcome_unknown":0,
 *  "results":[{"row":4,"state":"created","email":"anna@example.com","local_id":17,"application_id":"app-9"},
 *             {"row":5,"state":"invalid","email":"bo@","error":{"column":"E-Mail","message":"…"}}, …]}
 * </pre>
 * Only the window's report can hold rows the person cancelled ({@code "cancelled"}, counted when there are any).
 */
@JsonPropertyOrder({"file", "rows", "created", "duplicates", "invalid", "already_imported", "already_in_ats",
        "queued", "rejected", "outcome_unknown", "cancelled", "results"})
public record ImportReport(String file, int rows, int created, int duplicates, int invalid, int alreadyImported,
        int alreadyInAts, int queued, int rejected, int outcomeUnknown,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int cancelled, List<ImportResult> results) {

    public ImportReport {
        results = List.copyOf(results);
    }

    /** The report of {@code results}, with the totals counted from them. */
    public static ImportReport of(String file, List<ImportResult> results) {
        int[] counts = new int[ImportOutcome.values().length];
        results.forEach(result -> counts[result.state().ordinal()]++);
        return new ImportReport(file, results.size(),
                counts[ImportOutcome.CREATED.ordinal()],
                counts[ImportOutcome.DUPLICATE.ordinal()],
                counts[ImportOutcome.INVALID.ordinal()],
                counts[ImportOutcome.ALREADY_IMPORTED.ordinal()],
                counts[ImportOutcome.ALREADY_IN_ATS.ordinal()],
                counts[ImportOutcome.QUEUED.ordinal()],
                counts[ImportOutcome.REJECTED.ordinal()],
                counts[ImportOutcome.OUTCOME_UNKNOWN.ordinal()],
                counts[ImportOutcome.CANCELLED.ordinal()],
                results);
    }

    /** The report before sending: ready rows queued, the others invalid or duplicate. */
    public static ImportReport fromPlan(ImportPlan plan) {
        return of(plan.fileName(), plan.rows().stream().map(ImportResult::fromPlan).toList());
    }

    /** The report as JSON with {@code mapper}, the project's (snake_case, non-null) mapper. */
    public String toJson(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report of strings and numbers always serialises", e);
        }
    }
}
