package dev.intake.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document to upload onto the application once it is created (a CV taken at a kiosk): its file name, its format
 * as the ATS names it ({@code pdf}, {@code docx}..., or null), its category id (or null) and its bytes. Stored with
 * the submission before anything is sent, so a crash loses nothing.
 */
public record DocumentUpload(String fileName, String fileFormat, String categoryId, byte[] content) {
    public DocumentUpload {
        Objects.requireNonNull(fileName, "fileName");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentUpload d && fileName.equals(d.fileName)
                && Objects.equals(fileFormat, d.fileFormat) && Objects.equals(categoryId, d.categoryId)
                && Arrays.equals(content, d.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, fileFormat, categoryId, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        // Never the bytes: a CV is personal data.
        return "DocumentUpload[" + fileName + ", " + content.length + " bytes]";
    }
}
