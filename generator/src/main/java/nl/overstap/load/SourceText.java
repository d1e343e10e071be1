package nl.overstap.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import nl.overstap.problem.Problems;

/**
 * Turns a file's bytes into the text every later stage reads: strict UTF-8 (R1), no BOM, LF line
 * ends (R22), NFC (R6), and no control characters other than tab and line feed.
 */
final class SourceText {
    private SourceText() {
    }

    /** The decoded text, or empty after reporting where the bytes or characters are wrong. */
    static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int[] lineColumn = lineColumn(out, out.length());
            problems.add(path, lineColumn[0], lineColumn[1], "encoding",
                    "not valid UTF-8 at byte " + in.position() + " (" + hex(bytes, in.position(), result.length())
                            + "); save the file as UTF-8");
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!reportControls(text, path, problems)) {
            return Optional.empty();
        }
        // Most files are already NFC; the check is cheaper than normalising.
        return Optional.of(Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private static boolean reportControls(String text, String path, Problems problems) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\uFEFF';
            if (control) {
                int[] lineColumn = lineColumn(text, i);
                problems.add(path, lineColumn[0], lineColumn[1], "control-character",
                        String.format("control character U+%04X is not allowed in catalogue files", (int) c));
                return false;
            }
        }
        return true;
    }

    /** 1-based line and column (in code points) of the character at {@code index}. */
    static int[] lineColumn(CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = Character.codePointCount(text, lineStart, index) + 1;
        return new int[] {line, column};
    }

    private static String hex(byte[] bytes, int from, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < Math.min(bytes.length, from + Math.max(1, length)); i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(String.format("%02X", bytes[i] & 0xff));
        }
        return out.toString();
    }
}
