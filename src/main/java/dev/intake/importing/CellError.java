package dev.intake.importing;

/**
 * A problem with a row, in the words shown to the person.
 *
 * @param column the header text of the column to fix, or null when the problem is not in one column (e.g. no
 *               column holds the job and no job was chosen for the whole file)
 * @param message what is wrong and how to fix it, naming the column
 */
public record CellError(String column, String message) {
}
