package deepdesk.core.data;

import deepdesk.core.common.CancelledException;
import deepdesk.core.common.ProgressListener;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The fast import path for the common large file: every cell a plain number or missing, no
 * quotes, UTF-8. It splits the file at line breaks into chunks parsed in parallel straight from
 * bytes into the final {@code double[]} columns: one pass counts rows, the second parses.
 *
 * <p>It gives up (returns {@code null}) at the first thing it does not handle: a quote, a text
 * cell, a ragged row, a lone carriage return, a problem with the header. The general path then
 * reads the file and reports any error, so both paths give the same dataset or the same error.
 *
 * <p>Threading: {@link #read} may be called from any thread; it runs chunks on the given executor
 * and one on the calling thread.
 */
final class PlainNumericReader {

    private static final int BLOCK = 4 * 1024 * 1024;
    private static final double COUNT_SHARE = 0.15;

    private final Executor executor;
    private final int parallelism;

    PlainNumericReader(Executor executor, int parallelism) {
        this.executor = executor;
        this.parallelism = Math.max(1, parallelism);
    }

    /** Reads {@code file}, or returns {@code null} when it is not plain numeric data. */
    Dataset read(Path file, CsvDialect dialect, ProgressListener listener) throws IOException {
        if (!dialect.charset().equals(StandardCharsets.UTF_8) || dialect.quote() > 127) {
            return null;
        }
        byte[][] markers = asciiMarkers(dialect.missingMarkers());
        if (markers == null) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = new byte[(int) Math.min(size, 1 << 20)];
            readFully(channel, ByteBuffer.wrap(head), 0);
            int start = TextSample.bomLength(head, head.length);
            int firstBreak = indexOf(head, (byte) '\n', start, head.length);
            if (firstBreak < 0) {
                return null;
            }
            int headerEnd = firstBreak > start && head[firstBreak - 1] == '\r'
                    ? firstBreak - 1 : firstBreak;
            List<String> names = dialect.hasHeader()
                    ? headerNames(head, start, headerEnd, dialect)
                    : generatedNames(head, start, headerEnd, dialect);
            if (names == null) {
                return null;
            }
            long dataStart = dialect.hasHeader() ? firstBreak + 1 : start;
            List<Chunk> chunks = split(channel, dataStart, size, names.size(), dialect, markers);
            Progress progress = new Progress(listener, size);
            AtomicBoolean stop = new AtomicBoolean();
            List<Long> rows = runAll(chunks, chunk -> chunk.countRows(progress, stop));
            long total = 0;
            for (long r : rows) {
                if (r < 0) {
                    return null;
                }
                total += r;
            }
            if (total == 0 || total > Integer.MAX_VALUE - 16) {
                return null;
            }
            double[][] columns = new double[names.size()][(int) total];
            int first = 0;
            for (int i = 0; i < chunks.size(); i++) {
                chunks.get(i).firstRow = first;
                chunks.get(i).rowCount = rows.get(i).intValue();
                first += rows.get(i).intValue();
            }
            List<Long> parsed = runAll(chunks, chunk -> chunk.parse(columns, progress, stop));
            if (parsed.contains(-1L)) {
                return null;
            }
            List<Column> built = new ArrayList<>(names.size());
            for (int c = 0; c < names.size(); c++) {
                built.add(ColumnInference.ofNumbers(names.get(c), columns[c]));
                columns[c] = null;
            }
            return new Dataset(file.getFileName().toString(), built);
        }
    }

    private interface ChunkTask {
        long run(Chunk chunk) throws IOException;
    }

    private List<Long> runAll(List<Chunk> chunks, ChunkTask task) throws IOException {
        Function<Chunk, Long> unchecked = chunk -> {
            try {
                return task.run(chunk);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        };
        List<CompletableFuture<Long>> futures = new ArrayList<>();
        for (int i = 1; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            futures.add(CompletableFuture.supplyAsync(() -> unchecked.apply(chunk), executor));
        }
        List<Long> results = new ArrayList<>();
        RuntimeException failure = null;
        try {
            results.add(unchecked.apply(chunks.get(0)));
        } catch (RuntimeException e) {
            failure = e;
        }
        for (CompletableFuture<Long> f : futures) {
            try {
                results.add(f.join());
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failure;
        }
        return results;
    }

    private List<Chunk> split(FileChannel channel, long dataStart, long size, int columns,
                              CsvDialect dialect, byte[][] markers) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        long from = dataStart;
        long length = size - dataStart;
        byte[] probe = new byte[64 * 1024];
        for (int k = 1; k < parallelism && from < size; k++) {
            long guess = dataStart + length * k / parallelism;
            long boundary = -1;
            for (long at = Math.max(guess, from); at < size && boundary < 0; at += probe.length) {
                int n = readFully(channel, ByteBuffer.wrap(probe), at);
                int i = indexOf(probe, (byte) '\n', 0, n);
                if (i >= 0) {
                    boundary = at + i + 1;
                }
            }
            if (boundary < 0) {
                break;
            }
            chunks.add(new Chunk(channel, from, boundary, columns, dialect, markers));
            from = boundary;
        }
        chunks.add(new Chunk(channel, from, size, columns, dialect, markers));
        return chunks;
    }

    private static List<String> headerNames(byte[] head, int start, int end, CsvDialect dialect) {
        String line;
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, start, end - start));
            line = decoded.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        if (line.isEmpty() || line.indexOf('\r') >= 0 || line.indexOf('\0') >= 0
                || line.chars().filter(c -> c == dialect.quote()).count() % 2 != 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        try (CSVParser parser = CsvImporter.format(dialect).parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return null;
            }
            for (String value : records.get(0)) {
                names.add(value.trim());
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Set<String> distinct = new HashSet<>(names);
        if (names.size() < 2 || distinct.size() != names.size() || distinct.contains("")) {
            return null;
        }
        return names;
    }

    private static List<String> generatedNames(byte[] head, int start, int end,
                                               CsvDialect dialect) {
        if (end == start) {
            return null;
        }
        int fields = 1;
        for (int i = start; i < end; i++) {
            if (head[i] == dialect.delimiter()) {
                fields++;
            } else if (head[i] == dialect.quote()) {
                return null;
            }
        }
        return fields < 2 ? null : CsvImporter.generatedNames(fields);
    }

    private static byte[][] asciiMarkers(Set<String> markers) {
        byte[][] result = new byte[markers.size()][];
        int i = 0;
        for (String m : markers) {
            for (int k = 0; k < m.length(); k++) {
                if (m.charAt(k) > 127) {
                    return null;
                }
            }
            result[i++] = m.getBytes(StandardCharsets.US_ASCII);
        }
        return result;
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer, long position)
            throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /** Shares progress between chunks and reports it. */
    private static final class Progress {
        private final ProgressListener listener;
        private final long size;
        private final AtomicLong counted = new AtomicLong();
        private final AtomicLong parsed = new AtomicLong();

        Progress(ProgressListener listener, long size) {
            this.listener = listener;
            this.size = Math.max(1, size);
        }

        void counted(long bytes) {
            report(counted.addAndGet(bytes), parsed.get());
        }

        void parsed(long bytes) {
            report(counted.get(), parsed.addAndGet(bytes));
        }

        private void report(long c, long p) {
            if (listener.isCancelled()) {
                throw new CancelledException();
            }
            double fraction = (COUNT_SHARE * c + (1 - COUNT_SHARE) * p) / size;
            listener.progress(Math.min(1, fraction), "Reading rows");
        }
    }

    /** One slice of the file between two line breaks, scanned block by block. */
    private static final class Chunk {
        private final FileChannel channel;
        private final long from;
        private final long to;
        private final int columns;
        private final byte delimiter;
        private final byte quote;
        private final boolean decimalComma;
        private final byte[][] markers;
        private int firstRow;
        private int rowCount;

        Chunk(FileChannel channel, long from, long to, int columns, CsvDialect dialect,
              byte[][] markers) {
            this.channel = channel;
            this.from = from;
            this.to = to;
            this.columns = columns;
            this.delimiter = (byte) dialect.delimiter();
            this.quote = (byte) dialect.quote();
            this.decimalComma = dialect.decimalComma();
            this.markers = markers;
        }

        /** Counts non-empty lines, or returns -1 on anything the fast path does not handle. */
        long countRows(Progress progress, AtomicBoolean stop) throws IOException {
            byte[] buffer = new byte[(int) Math.min(BLOCK, to - from) + 1];
            long rows = 0;
            boolean lineHasContent = false;
            for (long at = from; at < to; ) {
                if (stop.get()) {
                    return -1;
                }
                int n = readFully(channel, ByteBuffer.wrap(buffer, 0,
                        (int) Math.min(buffer.length - 1, to - at)), at);
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (lineHasContent) {
                            rows++;
                        }
                        lineHasContent = false;
                    } else if (b == '\r') {
                        boolean beforeBreak = i + 1 < n ? buffer[i + 1] == '\n'
                                : at + n < to && peek(at + n) == '\n';
                        if (!beforeBreak) {
                            stop.set(true);
                            return -1;
                        }
                    } else if (b == quote || b == 0) {
                        stop.set(true);
                        return -1;
                    } else {
                        lineHasContent = true;
                    }
                }
                at += n;
                progress.counted(n);
            }
            return lineHasContent ? rows + 1 : rows;
        }

        private byte peek(long position) throws IOException {
            ByteBuffer one = ByteBuffer.allocate(1);
            readFully(channel, one, position);
            return one.get(0);
        }

        /** Parses the rows into {@code out}; returns -1 on a cell that is not a number. */
        long parse(double[][] out, Progress progress, AtomicBoolean stop) throws IOException {
            byte[] buffer = new byte[(int) Math.min(BLOCK, to - from) + 1];
            byte[] scratch = new byte[64];
            int carry = 0;
            int row = firstRow;
            long at = from;
            while (at < to || carry > 0) {
                if (stop.get()) {
                    return -1;
                }
                if (carry == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int n = at < to ? readFully(channel, ByteBuffer.wrap(buffer, carry,
                        (int) Math.min(buffer.length - carry, to - at)), at) : 0;
                at += n;
                int filled = carry + n;
                boolean last = at >= to;
                int lineStart = 0;
                while (true) {
                    int lineEnd = indexOf(buffer, (byte) '\n', lineStart, filled);
                    if (lineEnd < 0) {
                        if (!last) {
                            break;
                        }
                        lineEnd = filled;
                    }
                    int contentEnd = lineEnd > lineStart && buffer[lineEnd - 1] == '\r'
                            ? lineEnd - 1 : lineEnd;
                    if (contentEnd > lineStart) {
                        // the file changed since the rows were counted: let the general path
                        // read it as it is now
                        if (row - firstRow >= rowCount) {
                            stop.set(true);
                            return -1;
                        }
                        if (scratch.length < contentEnd - lineStart) {
                            scratch = new byte[contentEnd - lineStart];
                        }
                        if (!parseLine(buffer, lineStart, contentEnd, out, row, scratch)) {
                            stop.set(true);
                            return -1;
                        }
                        row++;
                    }
                    lineStart = lineEnd + 1;
                    if (lineEnd >= filled) {
                        break;
                    }
                }
                if (last) {
                    carry = 0;
                } else {
                    carry = filled - lineStart;
                    System.arraycopy(buffer, lineStart, buffer, 0, carry);
                }
                progress.parsed(n);
                if (last) {
                    break;
                }
            }
            return row - firstRow == rowCount ? rowCount : -1;
        }

        private boolean parseLine(byte[] b, int start, int end, double[][] out, int row,
                                  byte[] scratch) {
            int column = 0;
            int fieldStart = start;
            for (int i = start; i <= end; i++) {
                if (i == end || b[i] == delimiter) {
                    if (column >= columns) {
                        return false;
                    }
                    int s = fieldStart;
                    int e = i;
                    while (s < e && (b[s] & 0xFF) <= ' ') {
                        s++;
                    }
                    while (e > s && (b[e - 1] & 0xFF) <= ' ') {
                        e--;
                    }
                    double v;
                    if (s == e || isMarker(b, s, e)) {
                        v = Double.NaN;
                    } else {
                        v = NumberText.parse(b, s, e, decimalComma, scratch);
                        if (Double.isNaN(v)) {
                            return false;
                        }
                    }
                    out[column++][row] = v;
                    fieldStart = i + 1;
                }
            }
            return column == columns;
        }

        private boolean isMarker(byte[] b, int s, int e) {
            for (byte[] m : markers) {
                if (m.length == e - s && sameIgnoringCase(b, s, m)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean sameIgnoringCase(byte[] b, int s, byte[] lower) {
            for (int k = 0; k < lower.length; k++) {
                byte c = b[s + k];
                if (c >= 'A' && c <= 'Z') {
                    c = (byte) (c + ('a' - 'A'));
                }
                if (c != lower[k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
