package dev.intake.ats;

import java.util.List;

/** A note as the ATS lists it ({@code Note}); fields beyond these are not needed. */
public record Note(String id, String remoteId, List<CreateNoteRequest.Content> content, String authorId,
        CodedValue visibility, String createdAt) {
    public Note {
        content = content == null ? List.of() : List.copyOf(content);
    }

    /** The blocks' text joined by blank lines. */
    public String text() {
        return String.join("\n\n", content.stream().map(CreateNoteRequest.Content::body)
                .filter(java.util.Objects::nonNull).toList());
    }
}
