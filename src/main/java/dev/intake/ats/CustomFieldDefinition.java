package dev.intake.ats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A candidate custom field the account defines. {@code type.value} is one of date, float, integer, list,
 * checkbox, text, boolean, single_select, multi_select, url, other, unmapped_value.
 */
public record CustomFieldDefinition(String id, String remoteId, String name, CodedValue type, List<Option> options) {

    /** A choice of a list/select field; {@code value} may be any JSON type. */
    public record Option(String id, JsonNode value) {
    }
}
