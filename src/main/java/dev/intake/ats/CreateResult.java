package dev.intake.ats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A successful create ({@code CreateResult}). Fields beyond the spec's four (warnings, provider errors) are kept
 * in {@code extra} rather than dropped.
 */
public record CreateResult(
        @JsonProperty("statusCode") Integer statusCode,
        String message,
        String timestamp,
        Data data,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public CreateResult {
        extra = extra == null ? Map.of() : Immutable.map(extra);
    }

    /** {@code data {id, remote_id}}. */
    public record Data(String id, String remoteId) {
    }
}
