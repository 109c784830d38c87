package dev.intake.form;

/** A file read for sending: its name, size in bytes and base64 content. */
public record LoadedFile(String name, long size, String base64) {
    @Override
    public String toString() {
        // The content can be megabytes: keep it out of logs and messages.
        return "LoadedFile[name=" + name + ", size=" + size + "]";
    }
}
