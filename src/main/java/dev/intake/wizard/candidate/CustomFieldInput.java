package dev.intake.wizard.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.NewCandidate;
import dev.intake.form.Field;
import dev.intake.form.Rules;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An input for one of the account's candidate custom fields, chosen from the definition's type. Single choices,
 * yes/no and typed values live in {@link #text()}; multiple choices in {@link #choices()}.
 */
public final class CustomFieldInput {
    /** The kind of input the definition's type calls for. */
    public enum Kind { TEXT, URL, DATE, INTEGER, DECIMAL, CHOICE, MULTI_CHOICE, YES_NO }

    /** The yes/no values kept in {@link #text()}. */
    public static final String YES = "true";
    public static final String NO = "false";

    private final CustomFieldDefinition definition;
    private final Kind kind;
    private final Field<String> text;
    private final Field<List<String>> choices;

    CustomFieldInput(CustomFieldDefinition definition, Rules rules) {
        this.definition = definition;
        this.kind = kindOf(definition);
        String path = "candidate.custom_fields." + definition.id();
        this.text = Field.text(path);
        this.choices = new Field<>(path, List.of());
        String label = label();
        switch (kind) {
            case URL -> text.rule(rules.url(label, false));
            case DATE -> text.rule(rules.isoDate(label, false));
            case INTEGER -> text.rule(rules.number(label, false, true));
            case DECIMAL -> text.rule(rules.number(label, false, false));
            default -> { }
        }
    }

    static Kind kindOf(CustomFieldDefinition definition) {
        String type = definition.type() == null || definition.type().value() == null
                ? "text" : definition.type().value().toLowerCase(Locale.ROOT);
        boolean hasOptions = definition.options() != null && !definition.options().isEmpty();
        return switch (type) {
            case "date" -> Kind.DATE;
            case "integer" -> Kind.INTEGER;
            case "float" -> Kind.DECIMAL;
            case "url" -> Kind.URL;
            case "checkbox", "boolean" -> Kind.YES_NO;
            case "list", "single_select" -> hasOptions ? Kind.CHOICE : Kind.TEXT;
            case "multi_select" -> hasOptions ? Kind.MULTI_CHOICE : Kind.TEXT;
            default -> Kind.TEXT;
        };
    }

    public CustomFieldDefinition definition() {
        return definition;
    }

    public String label() {
        return definition.name() == null || definition.name().isBlank() ? definition.id() : definition.name();
    }

    public Kind kind() {
        return kind;
    }

    public List<CustomFieldDefinition.Option> options() {
        return definition.options() == null ? List.of() : definition.options();
    }

    /** How an option reads in a dropdown. */
    public static String optionLabel(CustomFieldDefinition.Option option) {
        JsonNode value = option.value();
        return value == null || value.isNull() ? option.id() : value.asText();
    }

    public Field<String> text() {
        return text;
    }

    public Field<List<String>> choices() {
        return choices;
    }

    /** The field the wizard checks and focuses. */
    public Field<?> field() {
        return kind == Kind.MULTI_CHOICE ? choices : text;
    }

    boolean isEmpty() {
        return kind == Kind.MULTI_CHOICE ? choices.get().isEmpty() : Rules.isBlank(text.get());
    }

    private Optional<CustomFieldDefinition.Option> option(String id) {
        return options().stream().filter(option -> option.id().equals(id)).findFirst();
    }

    /** The readable value for the review page; empty when nothing was entered. */
    public Optional<String> display() {
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case CHOICE -> option(text.get()).map(CustomFieldInput::optionLabel).orElse(text.get());
            case MULTI_CHOICE -> String.join(", ", choices.get().stream()
                    .map(id -> option(id).map(CustomFieldInput::optionLabel).orElse(id)).toList());
            default -> text.get().strip();
        });
    }

    /** The value as the spec's {@code CustomFields}; empty when nothing was entered. */
    Optional<NewCandidate.CustomFieldValue> toValue() {
        if (isEmpty()) {
            return Optional.empty();
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        String typed = text.get() == null ? "" : text.get().strip();
        JsonNode value;
        String valueId = null;
        switch (kind) {
            case INTEGER, DECIMAL -> value = json.numberNode(Rules.parseNumber(typed).orElseThrow());
            case DATE -> value = json.textNode(IsoInstant.format(
                    Rules.parseDate(typed).orElseThrow().atStartOfDay(ZoneOffset.UTC).toInstant()));
            case YES_NO -> value = json.booleanNode(YES.equals(typed));
            case CHOICE -> {
                CustomFieldDefinition.Option option = option(typed).orElseThrow();
                value = option.value();
                valueId = option.id();
            }
            case MULTI_CHOICE -> {
                ArrayNode array = json.arrayNode();
                choices.get().forEach(id -> option(id).ifPresent(option -> array.add(option.value())));
                value = array;
            }
            case URL -> value = json.textNode(Rules.normaliseUrl(typed).orElse(typed));
            default -> value = json.textNode(typed);
        }
        return Optional.of(new NewCandidate.CustomFieldValue(definition.id(), definition.remoteId(),
                definition.name(), value, valueId, null));
    }
}
