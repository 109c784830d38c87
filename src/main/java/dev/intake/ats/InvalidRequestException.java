package dev.intake.ats;

/** A request refused before sending because StackOne would reject it; names the field to fix. */
public final class InvalidRequestException extends AtsException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, in the spec's snake_case. */
    public String field() {
        return field;
    }
}
