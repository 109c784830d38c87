package dev.intake.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.InvalidRequestException;
import dev.intake.ats.Json;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a request exactly in the shape of StackOne's schema (snake_case, {@code questionnaires} a list), refusing
 * unknown fields and wrong types with the field's path; also refuses a wrong candidate choice.
 */
public final class SpecRequestReader implements RequestReader {
    private static final ObjectReader STRICT = Json.mapper().readerFor(CreateApplicationRequest.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public Read read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("", OutboxText.get("outbox.request.empty"));
        }
        CreateApplicationRequest request;
        try {
            request = STRICT.readValue(text);
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new InvalidRequestException(field, OutboxText.get("outbox.request.unknownField", field));
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw new InvalidRequestException(field, OutboxText.get("outbox.request.wrongType", field,
                    expected(e.getTargetType())));
        } catch (JsonMappingException e) {
            String field = path(e);
            throw new InvalidRequestException(field, OutboxText.get("outbox.request.badValue", field,
                    e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InvalidRequestException("", OutboxText.get("outbox.request.notJson", line, column,
                    e.getOriginalMessage()));
        }
        if (request == null) {
            throw new InvalidRequestException("", OutboxText.get("outbox.request.empty"));
        }
        request.checkCandidateChoice();
        return new Read(request, List.of());
    }

    /** The JSON path of the failure, e.g. {@code questionnaires[0].answers}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return OutboxText.get("outbox.request.type.value");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return OutboxText.get("outbox.request.type.list");
        }
        if (type == String.class) {
            return OutboxText.get("outbox.request.type.text");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return OutboxText.get("outbox.request.type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return OutboxText.get("outbox.request.type.boolean");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return OutboxText.get("outbox.request.type.object");
        }
        return OutboxText.get("outbox.request.type.value");
    }
}
