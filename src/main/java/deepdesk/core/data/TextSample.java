package deepdesk.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first bytes of a file, checked to be text and decoded: the sniffer guesses the dialect
 * from it, and the importer checks it before reading the whole file.
 *
 * <p>Threading: immutable.
 */
final class TextSample {

    /** How much of a file the sniffer looks at. */
    static final int SIZE = 64 * 1024;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String text;
    private final boolean complete;

    private TextSample(String text, boolean complete) {
        this.text = text;
        this.complete = complete;
    }

    /** The decoded text, without a byte-order mark; ends at a line break unless complete. */
    String text() {
        return text;
    }

    /** Whether the sample is the whole file. */
    boolean complete() {
        return complete;
    }

    /** Reads and checks the first {@link #SIZE} bytes of {@code file}. */
    static TextSample read(Path file, Charset charset) throws IOException, CsvFormatException {
        byte[] buffer = new byte[SIZE];
        int filled = 0;
        boolean complete = false;
        try (InputStream in = Files.newInputStream(file)) {
            while (filled < SIZE) {
                int n = in.read(buffer, filled, SIZE - filled);
                if (n < 0) {
                    complete = true;
                    break;
                }
                filled += n;
            }
            if (!complete && in.read() < 0) {
                complete = true;
            }
        }
        return of(buffer, filled, complete, charset);
    }

    /**
     * Checks and decodes {@code length} bytes of {@code bytes}.
     *
     * @param complete whether the bytes are the whole file (otherwise a line or a character cut
     *                 off at the end is dropped)
     */
    static TextSample of(byte[] bytes, int length, boolean complete, Charset charset)
            throws CsvFormatException {
        int start = bomLength(bytes, length);
        if (length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new CsvFormatException(1, null,
                    "the file is UTF-16 text; save it as UTF-8 and open it again");
        }
        checkNotBinary(bytes, start, length);
        String text = decode(bytes, start, length, complete, charset);
        if (text.isBlank()) {
            throw new CsvFormatException(1, null, "the file is empty: there is no header and "
                    + "no data; choose a CSV file with at least a header row and one data row");
        }
        if (!complete) {
            int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            if (lastBreak > 0) {
                text = text.substring(0, lastBreak + 1);
            }
        }
        return new TextSample(text, complete);
    }

    /** The length of a UTF-8 byte-order mark at the start of {@code bytes}, or 0. */
    static int bomLength(byte[] bytes, int length) {
        if (length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
                && bytes[2] == UTF8_BOM[2]) {
            return 3;
        }
        return 0;
    }

    private static void checkNotBinary(byte[] bytes, int start, int length)
            throws CsvFormatException {
        int controls = 0;
        int line = 1;
        for (int i = start; i < length; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                throw binary(line);
            } else if (b >= 0 && b < ' ' && b != '\t' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        // decision: a few stray control characters can be part of text; many cannot.
        if (controls > 8 && controls * 20L > length - start) {
            throw binary(1);
        }
    }

    /** The error for a file that is not text. */
    static CsvFormatException binary(long line) {
        return new CsvFormatException(line, null, "the file looks binary, not text (it holds "
                + "zero bytes or control characters); choose a CSV text file");
    }

    private static String decode(byte[] bytes, int start, int length, boolean complete,
                                 Charset charset) throws CsvFormatException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        int capacity = (int) ((length - start) * (double) decoder.maxCharsPerByte()) + 16;
        CharBuffer out = CharBuffer.allocate(capacity);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError() && (complete || in.remaining() > 8)) {
            out.flip();
            throw invalidEncoding(1 + count(out, '\n'), charset);
        }
        if (complete) {
            decoder.flush(out);
        }
        out.flip();
        return out.toString();
    }

    /** The error for bytes that are not valid in {@code charset}. */
    static CsvFormatException invalidEncoding(long line, Charset charset) {
        String advice = charset.equals(StandardCharsets.UTF_8)
                ? "save the file as UTF-8, or choose its encoding in the import dialog"
                : "choose the file's encoding in the import dialog";
        return new CsvFormatException(line, null, "the text is not valid " + charset.name()
                + "; " + advice);
    }

    private static long count(CharSequence s, char c) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
