package dev.intake.ats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON configuration for StackOne bodies: snake_case names, absent values omitted, unknown fields kept or ignored. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    // A document is one base64 string: any the command line accepts must read back from the outbox.
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(RequestLimits.MAX_BODY_BYTES).build())
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    /**
     * The shared mapper, thread-safe and configured once, here: no class may reconfigure it (NoStaticStateTest holds
     * that), which is what keeps this static field from being mutable global state. For another configuration
     * derive an immutable {@code ObjectReader}/{@code ObjectWriter} from it ({@code readerFor}, {@code writer...}).
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
