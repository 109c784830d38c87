package dev.intake.ats;

import java.nio.charset.StandardCharsets;

/**
 * Query-string encoding as StackOne reads it: RFC 3986 percent-encoding of everything but unreserved characters
 * (so {@code +} in an e-mail becomes {@code %2B}, not a space), and OpenAPI's deepObject style for filters
 * ({@code filter[email]=...}, written {@code filter%5Bemail%5D=...}).
 */
final class Query {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Query() {
    }

    /** The encoded name of {@code object[property]}. */
    static String deepObject(String object, String property) {
        return encode(object + "[" + property + "]");
    }

    static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
