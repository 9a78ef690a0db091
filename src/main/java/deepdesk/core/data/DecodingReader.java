package deepdesk.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict text reader for the importer: skips a UTF-8 byte-order mark, counts the bytes it has
 * consumed (for progress), and turns invalid bytes or a zero byte into a {@link
 * CsvFormatException} that names the line, delivered only after every good character before
 * it, so records before the bad spot are still parsed in order.
 *
 * <p>Threading: one thread at a time.
 */
final class DecodingReader extends Reader {

    /** Carries a {@link CsvFormatException} through the {@link Reader} API. */
    static final class FormatProblem extends IOException {
        private final transient CsvFormatException problem;

        FormatProblem(CsvFormatException problem) {
            super(problem.getMessage(), null);
            this.problem = problem;
        }

        CsvFormatException problem() {
            return problem;
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private long bytesConsumed;
    private long lineAtBufferStart = 1;
    private boolean endOfInput;
    private boolean started;
    private boolean flushed;
    private CsvFormatException pending;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** Bytes taken from the underlying stream so far. */
    long bytesConsumed() {
        return bytesConsumed;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (pending != null) {
            throw new FormatProblem(pending);
        }
        if (flushed) {
            return false;
        }
        chars.clear();
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                pending = TextSample.invalidEncoding(
                        lineAtBufferStart + countLines(chars.position()), charset);
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(chars);
                flushed = true;
                break;
            }
            if (chars.position() > 0) {
                break;
            }
            readBytes();
        }
        chars.flip();
        int zero = indexOfZero();
        if (zero >= 0) {
            chars.limit(zero);
            pending = TextSample.binary(lineAtBufferStart + countLines(zero));
        }
        lineAtBufferStart += countLines(chars.limit());
        if (!chars.hasRemaining()) {
            if (pending != null) {
                throw new FormatProblem(pending);
            }
            return false;
        }
        return true;
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesConsumed += n;
        }
        bytes.flip();
        if (!started && (bytes.remaining() >= 3 || endOfInput)) {
            started = true;
            if (charset.equals(StandardCharsets.UTF_8) && bytes.remaining() >= 3
                    && bytes.get(0) == (byte) 0xEF && bytes.get(1) == (byte) 0xBB
                    && bytes.get(2) == (byte) 0xBF) {
                bytes.position(3);
            }
        }
    }

    private long countLines(int end) {
        long n = 0;
        char[] a = chars.array();
        for (int i = 0; i < end; i++) {
            if (a[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    private int indexOfZero() {
        char[] a = chars.array();
        for (int i = 0; i < chars.limit(); i++) {
            if (a[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
