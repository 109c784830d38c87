package dev.intake.wizard.documents;

import dev.intake.ats.CodedValue;
import dev.intake.ats.DocumentCategory;
import dev.intake.form.Field;
import dev.intake.form.FileLoader;
import dev.intake.form.LoadedFile;

/** An attached file and the category it is filed under. */
public final class DocumentRow {
    private final LoadedFile file;
    private final CodedValue fileFormat;
    private final Field<DocumentCategory> category = new Field<>("documents.category_id", null);

    DocumentRow(LoadedFile file) {
        this.file = file;
        this.fileFormat = FileFormats.of(file.name());
    }

    public LoadedFile file() {
        return file;
    }

    public String name() {
        return file.name();
    }

    public String readableSize() {
        return FileLoader.readableSize(file.size());
    }

    public CodedValue fileFormat() {
        return fileFormat;
    }

    public Field<DocumentCategory> category() {
        return category;
    }
}
