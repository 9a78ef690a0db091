package deepdesk.core.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses a file's {@link CsvDialect} from its first 64 KiB, the way a person looking at it
 * would:
 * <ul>
 *   <li>the delimiter is the one of {@code , ; tab |} that splits every line into the same
 *       number (at least two) of fields, honouring quotes; when several do, the one whose
 *       fields do not contain the others (so {@code 3,14;2,5} splits on the semicolon);</li>
 *   <li>the first row is a header when some column holds numbers below it but not in it, and
 *       data when it holds numbers where the rows below do; a file of text only is assumed to
 *       have a header;</li>
 *   <li>numbers use a decimal comma when the delimiter is not a comma and numbers such as
 *       {@code 3,14} outnumber those such as {@code 3.14};</li>
 *   <li>fields are quoted with double quotes, unless only single quotes enclose fields.</li>
 * </ul>
 * CRLF and LF line endings both work; a UTF-8 byte-order mark is skipped.
 *
 * <p>Threading: stateless; call from a worker thread.
 */
public final class CsvSniffer {

    private static final int MAX_RECORDS = 500;
    private static final double NUMERIC_SHARE = 0.9;
    private static final Pattern FIELD_BREAK = Pattern.compile("[,;\t|]");

    private CsvSniffer() {
    }

    /**
     * Guesses the dialect of {@code file}.
     *
     * @throws CsvFormatException when the file is empty, binary or not valid UTF-8
     * @throws IOException        when the file cannot be read
     */
    public static CsvDialect sniff(Path file) throws IOException, CsvFormatException {
        return sniff(TextSample.read(file, StandardCharsets.UTF_8));
    }

    /**
     * Guesses the dialect from the start of a file.
     *
     * @param sample   the first bytes of the file (up to 64 KiB are used)
     * @param complete whether {@code sample} is the whole file
     * @throws CsvFormatException when the sample is empty, binary or not valid UTF-8
     */
    public static CsvDialect sniff(byte[] sample, boolean complete) throws CsvFormatException {
        int length = Math.min(sample.length, TextSample.SIZE);
        return sniff(TextSample.of(sample, length, complete && length == sample.length,
                StandardCharsets.UTF_8));
    }

    private static CsvDialect sniff(TextSample sample) {
        String text = sample.text();
        char quote = guessQuote(text);
        char delimiter = ',';
        List<List<String>> best = null;
        double bestConsistency = -1;
        double bestCleanliness = -1;
        for (char candidate : CsvDialect.DELIMITERS.toCharArray()) {
            List<List<String>> records = split(text, candidate, quote);
            int width = modeWidth(records);
            if (width < 2) {
                continue;
            }
            double consistency = share(records, width);
            double cleanliness = cleanliness(records, candidate);
            if (consistency > bestConsistency + 1e-9 || (consistency > bestConsistency - 1e-9
                    && cleanliness > bestCleanliness + 1e-9)) {
                delimiter = candidate;
                best = records;
                bestConsistency = consistency;
                bestCleanliness = cleanliness;
            }
        }
        if (best == null) {
            best = split(text, delimiter, quote);
        }
        boolean decimalComma = delimiter != ',' && usesDecimalComma(best);
        boolean header = guessHeader(best, decimalComma);
        return new CsvDialect(delimiter, header, quote, decimalComma,
                CsvDialect.DEFAULT_MISSING_MARKERS, StandardCharsets.UTF_8);
    }

    /** Splits text into records of fields, quote-aware, skipping empty lines. */
    static List<List<String>> split(String text, char delimiter, char quote) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        int n = text.length();
        for (int i = 0; i < n && records.size() < MAX_RECORDS; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == quote) {
                    if (i + 1 < n && text.charAt(i + 1) == quote) {
                        field.append(quote);
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == quote && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!fields.isEmpty() || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(fields);
                }
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStart = true;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        boolean unfinished = !fields.isEmpty() || field.length() > 0;
        if (records.size() < MAX_RECORDS && !quoted && unfinished) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    private static int modeWidth(List<List<String>> records) {
        Map<Integer, Integer> counts = new HashMap<>();
        int mode = 0;
        int modeCount = 0;
        for (List<String> r : records) {
            int c = counts.merge(r.size(), 1, Integer::sum);
            if (c > modeCount || (c == modeCount && r.size() > mode)) {
                mode = r.size();
                modeCount = c;
            }
        }
        return mode;
    }

    private static double share(List<List<String>> records, int width) {
        long same = records.stream().filter(r -> r.size() == width).count();
        return records.isEmpty() ? 0 : (double) same / records.size();
    }

    /** The share of cells that hold no other candidate delimiter (decimal commas excepted). */
    private static double cleanliness(List<List<String>> records, char delimiter) {
        long cells = 0;
        long clean = 0;
        for (List<String> r : records) {
            for (String cell : r) {
                cells++;
                boolean dirty = false;
                for (char other : CsvDialect.DELIMITERS.toCharArray()) {
                    if (other != delimiter && cell.indexOf(other) >= 0) {
                        dirty = !(other == ',' && isCommaNumber(cell.trim()));
                        if (dirty) {
                            break;
                        }
                    }
                }
                if (!dirty) {
                    clean++;
                }
            }
        }
        return cells == 0 ? 0 : (double) clean / cells;
    }

    private static boolean usesDecimalComma(List<List<String>> records) {
        long comma = 0;
        long point = 0;
        for (List<String> r : records) {
            for (String cell : r) {
                String t = cell.trim();
                if (isCommaNumber(t)) {
                    comma++;
                } else if (t.indexOf('.') >= 0 && !Double.isNaN(NumberText.parse(t, false))) {
                    point++;
                }
            }
        }
        return comma > 0 && comma >= point;
    }

    private static boolean isCommaNumber(String cell) {
        int comma = cell.indexOf(',');
        return comma > 0 && comma < cell.length() - 1
                && !Double.isNaN(NumberText.parse(cell, true));
    }

    private static boolean guessHeader(List<List<String>> records, boolean decimalComma) {
        if (records.size() < 2) {
            return true;
        }
        List<String> first = records.get(0);
        boolean dataLike = false;
        for (int c = 0; c < first.size(); c++) {
            if (!laterRowsNumeric(records, c, decimalComma)) {
                continue;
            }
            String top = first.get(c).trim();
            if (CsvDialect.DEFAULT.isMissing(top)) {
                continue;
            }
            if (Double.isNaN(NumberText.parse(top, decimalComma))) {
                return true;
            }
            dataLike = true;
        }
        return !dataLike;
    }

    private static boolean laterRowsNumeric(List<List<String>> records, int column,
                                            boolean decimalComma) {
        int present = 0;
        int numbers = 0;
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (column >= r.size()) {
                continue;
            }
            String cell = r.get(column).trim();
            if (CsvDialect.DEFAULT.isMissing(cell)) {
                continue;
            }
            present++;
            if (!Double.isNaN(NumberText.parse(cell, decimalComma))) {
                numbers++;
            }
        }
        return present > 0 && numbers >= NUMERIC_SHARE * present;
    }

    private static char guessQuote(String text) {
        int doubleQuoted = 0;
        int singleQuoted = 0;
        String[] lines = text.split("\r\n|\n|\r", MAX_RECORDS + 1);
        for (int i = 0; i < Math.min(lines.length, MAX_RECORDS); i++) {
            for (String part : FIELD_BREAK.split(lines[i], -1)) {
                String t = part.trim();
                if (isEnclosed(t, '"')) {
                    doubleQuoted++;
                } else if (isEnclosed(t, '\'')) {
                    singleQuoted++;
                }
            }
        }
        return singleQuoted > 0 && doubleQuoted == 0 ? '\'' : '"';
    }

    private static boolean isEnclosed(String text, char quote) {
        return text.length() >= 2 && text.charAt(0) == quote
                && text.charAt(text.length() - 1) == quote;
    }
}
