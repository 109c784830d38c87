package dev.intake.outbox;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.RequestFileReader;
import java.util.List;

/**
 * Turns a request written by a person (a file given on the command line) into the request Intake sends.
 * Implementations throw {@link dev.intake.ats.InvalidRequestException} naming the field to fix.
 */
@FunctionalInterface
public interface RequestReader {
    /** The request, and what the reader changed in it to get there (shown to the user). */
    record Read(CreateApplicationRequest request, List<String> notes) {
        public Read {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    Read read(String text);

    /**
     * Accepts the schema's shapes and those of StackOne's documentation example, normalising the latter and
     * listing each change in {@link Read#notes()} ({@link RequestFileReader}).
     */
    static RequestReader normalising() {
        return text -> {
            RequestFileReader.Result result = RequestFileReader.parse(text);
            return new Read(result.request(), result.notes());
        };
    }
}
