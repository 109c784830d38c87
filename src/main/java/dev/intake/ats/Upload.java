package dev.intake.ats;

/**
 * How far the body of one create has gone out: {@code sentBytes} of {@code totalBytes} handed to the connection.
 * Reported on the HTTP thread while the body is written, for showing progress on slow links.
 *
 * @param request the create being sent
 */
public record Upload(CreateApplicationRequest request, long sentBytes, long totalBytes) {
    public Upload {
        if (totalBytes < 0 || sentBytes < 0 || sentBytes > totalBytes) {
            throw new IllegalArgumentException("sent " + sentBytes + " of " + totalBytes + " bytes");
        }
    }

    /** True once every byte of the body is written. */
    public boolean complete() {
        return sentBytes == totalBytes;
    }
}
