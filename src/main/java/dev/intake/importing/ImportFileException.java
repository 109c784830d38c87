package dev.intake.importing;

/**
 * A file that cannot be imported as it is. The message names the file and says what to do, in words for the person
 * who chose the file; it never carries a library's internals.
 */
public final class ImportFileException extends Exception {
    ImportFileException(String message) {
        super(message);
    }
}
