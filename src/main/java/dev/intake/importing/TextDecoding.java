package dev.intake.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a CSV file's bytes into text. Spreadsheet programs save CSV as UTF-8 (Excel adds a byte order mark),
 * UTF-16 with a byte order mark ("Unicode text"), or in the Windows code page, which in Western Europe is
 * Windows-1252. Bytes that are not valid UTF-8 are therefore read as Windows-1252, which is how umlauts in old
 * exports come out right.
 */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** The decoded text and the encoding it was read with. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    /**
     * True when the text cannot be a table typed by people: a NUL character (no text file has one; binary
     * files are full of them), or more than one character in fifty that is a control character or undecodable.
     */
    static boolean looksBinary(String text) {
        int suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n';
            if (control || c == '\uFFFD') {
                suspicious++;
            }
        }
        return suspicious * 50 > text.length();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
