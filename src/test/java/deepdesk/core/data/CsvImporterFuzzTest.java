package deepdesk.core.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import deepdesk.core.common.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No input makes the sniffer or the importer throw anything but {@link CsvFormatException}, and
 * the parallel numeric path never disagrees with the general one. In a plain {@code mvn test}
 * Jazzer replays the seed inputs in {@code CsvImporterFuzzTestInputs/importNeverThrowsUndocumented}
 * (test resources); {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class CsvImporterFuzzTest {

    private static final Path WORK = Path.of("target", "fuzz");

    @FuzzTest(maxDuration = "60s")
    void importNeverThrowsUndocumented(byte[] input) throws Exception {
        Files.createDirectories(WORK);
        Path file = Files.createTempFile(WORK, "input-", ".csv");
        try {
            Files.write(file, input);
            CsvDialect sniffed;
            try {
                sniffed = CsvSniffer.sniff(input, true);
                assertEquals(sniffed, CsvSniffer.sniff(file));
            } catch (CsvFormatException e) {
                sniffed = CsvDialect.DEFAULT;
            }
            CsvDialect semicolons = CsvDialect.DEFAULT.withDelimiter(';').withDecimalComma(true)
                    .withHeader(false);
            for (CsvDialect dialect : new CsvDialect[] {sniffed, CsvDialect.DEFAULT, semicolons}) {
                readBothWays(file, dialect);
                try {
                    new CsvImporter().preview(file, dialect, 10);
                } catch (CsvFormatException expected) {
                    // a documented outcome
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void readBothWays(Path file, CsvDialect dialect) throws Exception {
        String general;
        try {
            general = describe(new CsvImporter(Runnable::run, 1, Long.MAX_VALUE)
                    .read(file, dialect, ProgressListener.NONE));
        } catch (CsvFormatException e) {
            general = e.getMessage();
        }
        String fast;
        try {
            fast = describe(new CsvImporter(Runnable::run, 3, 0)
                    .read(file, dialect, ProgressListener.NONE));
        } catch (CsvFormatException e) {
            fast = e.getMessage();
        }
        assertEquals(general, fast);
    }

    private static String describe(Dataset d) {
        StringBuilder s = new StringBuilder();
        for (Column c : d.columns()) {
            s.append(c.name()).append(':').append(c.type()).append('=');
            for (int r = 0; r < c.size(); r++) {
                s.append(c instanceof NumericColumn n
                        ? Long.toHexString(Double.doubleToRawLongBits(n.value(r))) : c.format(r))
                        .append('|');
            }
            s.append('\n');
        }
        return s.toString();
    }
}
