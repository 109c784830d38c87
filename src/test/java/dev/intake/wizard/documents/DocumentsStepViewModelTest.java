package dev.intake.wizard.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.CreateApplicationRequest.DocumentUpload;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.FileLoader;
import dev.intake.form.Messages;
import dev.intake.wizard.fakes.FakeAts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsStepViewModelTest {
    @TempDir
    Path dir;
    private final DocumentsStepViewModel vm =
            new DocumentsStepViewModel(FakeAts.standard(), new ImmediateTaskExecutor(), Messages.load());

    @Test
    void filesAreSentAsBase64WithTheirFormatAndTheFirstIsFiledAsResume() throws IOException {
        vm.loadCategories();
        assertEquals(List.of("Cover letter", "Resume", "Other"), vm.categories().stream().map(c -> c.name()).toList(),
                "inactive categories are not offered");
        Path cv = Files.writeString(dir.resolve("CV Linus.PDF"), "%PDF-1.7 cv");
        Path letter = Files.writeString(dir.resolve("letter.docx"), "letter");
        vm.addFiles(List.of(cv, letter));
        List<DocumentUpload> uploads = vm.uploads();
        assertEquals("CV Linus.PDF", uploads.get(0).name());
        assertEquals("pdf", uploads.get(0).fileFormat().value());
        assertEquals("%PDF-1.7 cv", new String(Base64.getDecoder().decode(uploads.get(0).content())));
        assertEquals("cat-resume", uploads.get(0).categoryId());
        assertEquals("resume", uploads.get(0).category().value());
        assertNull(uploads.get(1).categoryId(), "only the first file is preselected as resume");
        assertEquals("docx", uploads.get(1).fileFormat().value());
    }

    @Test
    void categoriesArrivingLateStillFileTheFirstDocumentAsResume() throws IOException {
        vm.addFiles(List.of(Files.writeString(dir.resolve("cv.pdf"), "x")));
        vm.loadCategories();
        assertEquals("cat-resume", vm.uploads().getFirst().categoryId());
    }

    @Test
    void aTooLargeFileIsRefusedWithItsSizeAndTheLimit() throws IOException {
        Path big = dir.resolve("scan.tiff");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) FileLoader.MAX_BYTES + 1]);
        }
        vm.addFiles(List.of(big, dir.resolve("gone.pdf")));
        assertTrue(vm.documents().isEmpty());
        assertEquals(List.of("scan.tiff is 10.0 MB; the limit is 10.0 MB. Compress it or attach a smaller file.",
                "gone.pdf no longer exists. Choose it again from its new place."), vm.problems());
        assertTrue(vm.validProperty().get(), "nothing is being read");
    }

    @Test
    void unknownExtensionsAreSentAsUnmappedWithTheExtension() {
        assertEquals("unmapped_value", FileFormats.of("notes.weird").value());
        assertEquals("weird", FileFormats.of("notes.weird").sourceValue().asText());
        assertNull(FileFormats.of("README"));
        assertEquals("txt", FileFormats.of("a.TXT").value());
    }

    @Test
    void removingAFileDropsItFromTheRequest() throws IOException {
        vm.addFiles(List.of(Files.writeString(dir.resolve("a.txt"), "a")));
        vm.remove(vm.documents().getFirst());
        assertTrue(vm.uploads().isEmpty());
    }
}
