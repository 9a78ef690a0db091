package deepdesk.core.data;

import deepdesk.core.common.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file into a {@link Dataset} of typed, compactly stored columns, and previews its
 * first rows for the import dialog. The file is only read, never changed.
 *
 * <p>Commons CSV does the general case (quotes, delimiters and line breaks inside fields). A file
 * of plain unquoted numbers, the usual large case, takes a faster path that parses chunks in
 * parallel and gives the same dataset.
 *
 * <p>Errors: a file that cannot be read as a table raises {@link CsvFormatException} naming the
 * line (and column); text that is not valid in the dialect's charset is such an error too (the
 * importer does not guess another encoding). Otherwise only {@link IOException} (the file cannot
 * be read) and {@link deepdesk.core.common.CancelledException} (the listener asked to stop)
 * leave these methods.
 *
 * <p>Threading: call from a worker thread, never the FX thread; an importer holds no state
 * between calls and may be shared.
 */
public final class CsvImporter {

    private static final long DEFAULT_FAST_PATH_MIN_BYTES = 256 * 1024;
    private static final int PROGRESS_EVERY_RECORDS = 4096;
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");

    private final PlainNumericReader fastPath;
    private final long fastPathMinBytes;

    /** An importer that parses large numeric files on all cores, using the common pool. */
    public CsvImporter() {
        this(ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors(),
                DEFAULT_FAST_PATH_MIN_BYTES);
    }

    /**
     * An importer with a chosen pool for the fast path.
     *
     * @param executor         runs all but one of the fast path's chunks (the caller runs one)
     * @param parallelism      how many chunks a large numeric file is split into; 1 parses on
     *                         the calling thread only
     * @param fastPathMinBytes files smaller than this always take the general path; {@code
     *                         Long.MAX_VALUE} turns the fast path off
     */
    public CsvImporter(Executor executor, int parallelism, long fastPathMinBytes) {
        this.fastPath = new PlainNumericReader(executor, parallelism);
        this.fastPathMinBytes = fastPathMinBytes;
    }

    /**
     * Reads the first rows of {@code file} as strings. Lenient: rows with the wrong number of
     * fields are shown as they are, and reading stops quietly at an unclosed quote.
     *
     * @param maxRows how many data rows to return at most
     * @throws CsvFormatException when the file is empty, binary, or not valid text
     */
    public CsvPreview preview(Path file, CsvDialect dialect, int maxRows)
            throws IOException, CsvFormatException {
        TextSample.read(file, dialect.charset());
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             DecodingReader reader = new DecodingReader(in, dialect.charset());
             CSVParser parser = format(dialect).parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (rows.size() < maxRows && records.hasNext()) {
                List<String> values = records.next().toList();
                if (header == null && dialect.hasHeader()) {
                    header = values.stream().map(String::trim).toList();
                } else {
                    rows.add(values);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // decision: the preview shows what it could read before a problem in the text and
            // leaves reporting that problem to the full read; only a failure of the disk, or a
            // problem before the first row, is an error here
            Throwable cause = e.getCause();
            if (cause instanceof DecodingReader.FormatProblem problem) {
                if (rows.isEmpty()) {
                    throw problem.problem();
                }
            } else if (cause instanceof IOException io
                    && !cause.getClass().getName().startsWith("org.apache.commons.csv")) {
                throw io;
            }
        }
        if (header == null) {
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            header = generatedNames(width);
        }
        return new CsvPreview(header, rows);
    }

    /**
     * Reads the whole of {@code file} and infers each column's type.
     *
     * @param listener told the fraction of bytes read; asked between blocks of rows whether to
     *                 stop
     * @throws CsvFormatException when the file cannot be read as a table with this dialect
     * @throws IOException        when the file cannot be read at all
     * @throws deepdesk.core.common.CancelledException when the listener asked to stop
     */
    public Dataset read(Path file, CsvDialect dialect, ProgressListener listener)
            throws IOException, CsvFormatException {
        TextSample.read(file, dialect.charset());
        listener.checkCancelled();
        if (Files.size(file) >= fastPathMinBytes) {
            Dataset fast = fastPath.read(file, dialect, listener);
            if (fast != null) {
                listener.progress(1, "Read " + fast.rowCount() + " rows");
                return fast;
            }
        }
        Dataset dataset = readGeneral(file, dialect, listener);
        listener.progress(1, "Read " + dataset.rowCount() + " rows");
        return dataset;
    }

    private Dataset readGeneral(Path file, CsvDialect dialect, ProgressListener listener)
            throws IOException, CsvFormatException {
        long size = Math.max(1, Files.size(file));
        try (InputStream in = Files.newInputStream(file);
             DecodingReader reader = new DecodingReader(in, dialect.charset());
             CSVParser parser = format(dialect).parse(reader)) {
            RecordSource source = new RecordSource(parser);
            CSVRecord first = source.next();
            if (first == null) {
                throw new CsvFormatException(1, null, "the file has no rows");
            }
            List<String> names;
            CSVRecord pending;
            String widthSource;
            if (dialect.hasHeader()) {
                names = checkedHeader(first, source.startLine(first), dialect);
                pending = source.next();
                if (pending == null) {
                    throw new CsvFormatException(source.lastLine() + 1, null,
                            "the header names " + names.size() + " columns but no data rows "
                                    + "follow; add rows, or untick \"first row is a header\"");
                }
                widthSource = "as in the header";
            } else {
                names = generatedNames(first.size());
                checkWidth(names.size(), source.startLine(first), dialect);
                pending = first;
                widthSource = "as in line " + source.startLine(first);
            }
            ColumnBuilder[] builders = new ColumnBuilder[names.size()];
            for (int c = 0; c < builders.length; c++) {
                builders[c] = new ColumnBuilder(names.get(c), dialect.decimalComma());
            }
            long count = 0;
            for (CSVRecord record = pending; record != null; record = source.next()) {
                if (record.size() != builders.length) {
                    throw ragged(record, source.startLine(record), names, widthSource);
                }
                for (int c = 0; c < builders.length; c++) {
                    String cell = record.get(c).trim();
                    if (dialect.isMissing(cell)) {
                        builders[c].addMissing();
                    } else {
                        builders[c].add(cell);
                    }
                }
                if (++count % PROGRESS_EVERY_RECORDS == 0) {
                    listener.checkCancelled();
                    listener.progress((double) reader.bytesConsumed() / size, "Reading rows");
                }
            }
            List<Column> columns = new ArrayList<>(builders.length);
            for (int c = 0; c < builders.length; c++) {
                columns.add(builders[c].build());
                builders[c] = null;
            }
            return new Dataset(file.getFileName().toString(), columns);
        }
    }

    private static List<String> checkedHeader(CSVRecord record, long line, CsvDialect dialect)
            throws CsvFormatException {
        checkWidth(record.size(), line, dialect);
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < record.size(); c++) {
            String name = record.get(c).trim();
            if (name.isEmpty()) {
                throw new CsvFormatException(line, String.valueOf(c + 1), "the column has no "
                        + "name in the header; name it, or untick \"first row is a header\"");
            }
            Integer earlier = seen.putIfAbsent(name, c + 1);
            if (earlier != null) {
                throw new CsvFormatException(line, String.valueOf(c + 1), "the name \"" + name
                        + "\" is already used by column " + earlier
                        + "; give each column its own name");
            }
            names.add(name);
        }
        return names;
    }

    private static void checkWidth(int fields, long line, CsvDialect dialect)
            throws CsvFormatException {
        if (fields < 2) {
            throw new CsvFormatException(line, null, "found only one column with delimiter "
                    + CsvDialect.describe(dialect.delimiter()) + "; a dataset needs at least "
                    + "two; if the lines hold several values, choose another delimiter");
        }
    }

    private static CsvFormatException ragged(CSVRecord record, long line, List<String> names,
                                             String widthSource) {
        int expected = names.size();
        int found = record.size();
        String column = found < expected ? names.get(found) : String.valueOf(expected + 1);
        return new CsvFormatException(line, column, "expected " + expected + " fields ("
                + widthSource + ") but found " + found);
    }

    /** The Commons CSV format for {@code dialect}; cells are trimmed by the caller. */
    static CSVFormat format(CsvDialect dialect) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.delimiter())
                .setQuote(dialect.quote())
                .setEscape(null)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .setCommentMarker(null)
                .get();
    }

    /** Names for the columns of a file without a header: {@code column_1}, {@code column_2}. */
    static List<String> generatedNames(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add("column_" + i);
        }
        return names;
    }

    /**
     * Pulls records from the parser, turning its unchecked failures into {@link
     * CsvFormatException}s that name the line, and tracking which line each record starts on.
     */
    private static final class RecordSource {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private long lastLine;

        RecordSource(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
        }

        /** The next record, or {@code null} at the end of the file. */
        CSVRecord next() throws IOException, CsvFormatException {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                lastLine = parser.getCurrentLineNumber();
                return record;
            } catch (UncheckedIOException e) {
                throw translate(e.getCause());
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new CsvFormatException(lastLine + 1, null,
                        "the line cannot be read as CSV (" + e.getMessage() + ")");
            }
        }

        /** The last line of the latest record. */
        long lastLine() {
            return lastLine;
        }

        /** The line a record starts on: its last line less the line breaks inside it. */
        long startLine(CSVRecord record) {
            long breaks = 0;
            for (String value : record) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '\n' || c == '\r' && (i + 1 == value.length()
                            || value.charAt(i + 1) != '\n')) {
                        breaks++;
                    }
                }
            }
            return Math.max(1, lastLine - breaks);
        }

        private CsvFormatException translate(IOException cause)
                throws IOException {
            if (cause instanceof DecodingReader.FormatProblem problem) {
                return problem.problem();
            }
            String message = String.valueOf(cause.getMessage());
            Matcher start = START_LINE.matcher(message);
            if (message.contains("EOF reached before encapsulated token finished")) {
                long line = start.find() ? Long.parseLong(start.group(1)) : lastLine + 1;
                return new CsvFormatException(line, null, "a quoted field starts on this line "
                        + "but its closing quote is missing; close it, or double a quote "
                        + "that is part of the text");
            }
            Matcher at = AT_LINE.matcher(message);
            if (message.contains("Invalid character between encapsulated token and delimiter")) {
                long line = at.find() ? Long.parseLong(at.group(1)) : lastLine + 1;
                return new CsvFormatException(line, null, "text follows the closing quote of a "
                        + "field; a quote inside a quoted field must be doubled");
            }
            if (cause.getClass().getName().startsWith("org.apache.commons.csv")) {
                return new CsvFormatException(lastLine + 1, null,
                        "the line cannot be read as CSV (" + message + ")");
            }
            throw cause;
        }
    }
}
