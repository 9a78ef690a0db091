package deepdesk.core.data;

import deepdesk.core.common.CancelledException;
import deepdesk.core.common.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parallel numeric path gives exactly what the general path gives, or steps aside. */
class FastPathTest {

    @TempDir
    Path dir;

    private static String numericFile(long seed, int rows, String delimiter, String lineEnd,
                                      boolean decimalComma, boolean header) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder();
        if (header) {
            s.append(String.join(delimiter, "id", "value", "small", "constant", "sparse",
                    "exp")).append(lineEnd);
        }
        for (int r = 0; r < rows; r++) {
            String value = String.format(Locale.ROOT, "%.6f", random.nextGaussian() * 100);
            if (decimalComma) {
                value = value.replace('.', ',');
            }
            String sparse = switch (random.nextInt(12)) {
                case 0 -> "";
                case 1 -> "NA";
                case 2 -> " nan ";
                case 3 -> "?";
                default -> " " + random.nextInt(1000) + " ";
            };
            s.append(r + 1).append(delimiter)
                    .append(value).append(delimiter)
                    .append(random.nextInt(4)).append(delimiter)
                    .append("7").append(delimiter)
                    .append(sparse).append(delimiter)
                    .append(random.nextInt(9) + 1).append("e-").append(random.nextInt(20))
                    .append(lineEnd);
            if (r % 997 == 0) {
                s.append(lineEnd);
            }
        }
        return s.toString();
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("numbers.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertSameDataset(Dataset expected, Dataset actual) {
        assertEquals(expected.rowCount(), actual.rowCount());
        assertEquals(expected.columnCount(), actual.columnCount());
        for (int c = 0; c < expected.columnCount(); c++) {
            Column e = expected.column(c);
            Column a = actual.column(c);
            assertEquals(e.name(), a.name());
            assertEquals(e.type(), a.type(), e.name());
            assertEquals(e.getClass(), a.getClass(), e.name());
            assertEquals(e.missingCount(), a.missingCount(), e.name());
            for (int r = 0; r < e.size(); r++) {
                if (e instanceof NumericColumn en) {
                    assertEquals(Double.doubleToRawLongBits(en.value(r)),
                            Double.doubleToRawLongBits(((NumericColumn) a).value(r)),
                            e.name() + " row " + r);
                } else {
                    assertEquals(e.format(r), a.format(r), e.name() + " row " + r);
                }
            }
        }
    }

    private void assertPathsAgree(String text, CsvDialect dialect) throws Exception {
        Path file = write(text);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Dataset fast = new PlainNumericReader(pool, 4).read(file, dialect,
                    ProgressListener.NONE);
            assertNotNull(fast, "the fast path should take this file");
            Dataset general = new CsvImporter(pool, 1, Long.MAX_VALUE).read(file, dialect,
                    ProgressListener.NONE);
            assertSameDataset(general, fast);
            assertSameDataset(general, new CsvImporter(pool, 4, 0).read(file, dialect,
                    ProgressListener.NONE));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void commaLfWithHeader() throws Exception {
        String text = numericFile(1, 20_000, ",", "\n", false, true);
        CsvDialect dialect = CsvSniffer.sniff(write(text));
        assertEquals(',', dialect.delimiter());
        assertPathsAgree(text, dialect);
    }

    @Test
    void semicolonCrlfDecimalComma() throws Exception {
        String text = numericFile(2, 20_000, ";", "\r\n", true, true);
        CsvDialect dialect = CsvSniffer.sniff(write(text));
        assertTrue(dialect.decimalComma());
        assertPathsAgree(text, dialect);
    }

    @Test
    void tabWithoutHeaderOrFinalLineBreak() throws Exception {
        String text = numericFile(3, 5_000, "\t", "\n", false, false).stripTrailing();
        CsvDialect dialect = CsvSniffer.sniff(write(text));
        assertEquals('\t', dialect.delimiter());
        assertTrue(!dialect.hasHeader());
        assertPathsAgree(text, dialect);
    }

    @Test
    void inferredTypesOfTheGeneratedColumns() throws Exception {
        Path file = write(numericFile(4, 3_000, ",", "\n", false, true));
        Dataset d = new CsvImporter().read(file, CsvDialect.DEFAULT, ProgressListener.NONE);
        assertEquals(ColumnType.IDENTIFIER, d.column("id").orElseThrow().type());
        assertEquals(ColumnType.NUMERIC, d.column("value").orElseThrow().type());
        assertEquals(ColumnType.CATEGORICAL, d.column("small").orElseThrow().type());
        assertEquals(ColumnType.CONSTANT, d.column("constant").orElseThrow().type());
        assertEquals(ColumnType.NUMERIC, d.column("sparse").orElseThrow().type());
    }

    @Test
    void stepsAsideForTextQuotesAndLoneCarriageReturns() throws Exception {
        String numbers = numericFile(5, 2_000, ",", "\n", false, true);
        String[] tails = {"1,2,3,4,5,six\n", "1,2,3,4,\"5\",6\n", "1,2,3,4,5,6\r7"};
        for (String tail : tails) {
            Path file = write(numbers + tail);
            assertNull(new PlainNumericReader(Runnable::run, 2).read(file, CsvDialect.DEFAULT,
                    ProgressListener.NONE), tail);
        }
        Path file = write(numbers + "1,2,3,4,5,six\n");
        Dataset d = new CsvImporter(Runnable::run, 2, 0).read(file, CsvDialect.DEFAULT,
                ProgressListener.NONE);
        assertEquals(2_001, d.rowCount());
        assertEquals("six", d.column("exp").orElseThrow().format(2_000));
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws Exception {
        Path file = write(numericFile(6, 50_000, ",", "\n", false, true));
        DoubleAccumulator highest = new DoubleAccumulator(Math::max, 0);
        AtomicInteger calls = new AtomicInteger();
        ProgressListener watching = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                highest.accumulate(fraction);
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new CsvImporter().read(file, CsvDialect.DEFAULT, watching);
        assertEquals(1.0, highest.get());
        assertTrue(calls.get() >= 2);

        ProgressListener cancelling = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class,
                () -> new CsvImporter().read(file, CsvDialect.DEFAULT, cancelling));
        assertThrows(CancelledException.class, () -> new CsvImporter(Runnable::run, 1,
                Long.MAX_VALUE).read(file, CsvDialect.DEFAULT, cancelling));
    }
}
