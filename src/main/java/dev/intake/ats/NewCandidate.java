package dev.intake.ats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A candidate created together with the application ({@code CreateCandidate}). */
public record NewCandidate(
        Map<String, Object> passthrough,
        Map<String, Object> unifiedCustomFields,
        /** Deprecated by StackOne in favour of {@code phone_numbers}; kept so requests written by hand still map. */
        String phoneNumber,
        List<PhoneNumber> phoneNumbers,
        String name,
        String firstName,
        String lastName,
        String email,
        List<SocialLink> socialLinks,
        String company,
        String title,
        @JsonSerialize(using = IsoInstant.Serializer.class)
        @JsonDeserialize(using = IsoInstant.Deserializer.class)
        Instant hiredAt,
        String country,
        List<CustomFieldValue> customFields) {

    public NewCandidate {
        passthrough = Immutable.map(passthrough);
        unifiedCustomFields = Immutable.map(unifiedCustomFields);
        phoneNumbers = Immutable.list(phoneNumbers);
        socialLinks = Immutable.list(socialLinks);
        customFields = Immutable.list(customFields);
    }

    /** {@code type} is one of personal, work, mobile, home, unknown, other (or a provider value). */
    public record PhoneNumber(String type, String phone) {
    }

    /** {@code type} is free text such as {@code linkedin}. */
    public record SocialLink(String type, String url) {
    }

    /** A custom field value; {@code value} may be any JSON type. */
    public record CustomFieldValue(
            String id, String remoteId, String name, JsonNode value, String valueId, String remoteValueId) {
    }
}
