package dev.intake.ats;

import java.util.List;

/**
 * A note to add to an application ({@code AtsCreateNotesRequestDto}): its content as paragraphs, who wrote it (the
 * ATS user's id, or null) and its visibility ({@code public} or {@code private}; null leaves it to the ATS).
 */
public record CreateNoteRequest(List<Content> content, String authorId, CodedValue visibility) {
    public CreateNoteRequest {
        content = content == null ? null : List.copyOf(content);
    }

    /** {@code NoteContentApiModel}: one block of text. */
    public record Content(String body) {
    }

    /** A note holding this text as one block, visibility left to the ATS. */
    public static CreateNoteRequest of(String text) {
        return new CreateNoteRequest(List.of(new Content(text)), null, null);
    }
}
