package dev.intake.ats;

import com.fasterxml.jackson.databind.JsonNode;

/** An application document category ({@code Reference}); {@code active} is a boolean or "true"/"false". */
public record DocumentCategory(String id, String remoteId, String name, JsonNode active) {
}
