package dev.intake.form;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for files. The platform chooser in the app; tests answer for the user. */
public interface FilePicker {
    /** The chosen files; empty when the user cancelled. */
    List<Path> pickFiles(Window owner, String title, boolean multiple);

    /** The platform's file chooser. */
    static FilePicker system() {
        return (owner, title, multiple) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            if (multiple) {
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }
            File file = chooser.showOpenDialog(owner);
            return file == null ? List.of() : List.of(file.toPath());
        };
    }
}
