package deepdesk.core.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The import dialog's preview shows the first rows as written, even when they are ragged. */
class CsvPreviewTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("preview.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void showsHeaderAndFirstRowsAsWritten() throws Exception {
        Path file = write("a;b\n1,5; x \n2,5;\"y;z\"\n3,5;w\n");
        CsvPreview preview = new CsvImporter().preview(file, CsvSniffer.sniff(file), 2);
        assertEquals(List.of("a", "b"), preview.header());
        assertEquals(List.of(List.of("1,5", " x "), List.of("2,5", "y;z")), preview.rows());
    }

    @Test
    void followsTheDialectTheUserChooses() throws Exception {
        Path file = write("a;b\n1;2\n");
        CsvPreview asComma = new CsvImporter().preview(file, CsvDialect.DEFAULT.withHeader(false),
                10);
        assertEquals(List.of("column_1"), asComma.header());
        assertEquals(List.of(List.of("a;b"), List.of("1;2")), asComma.rows());
    }

    @Test
    void toleratesRaggedRowsAndStopsAtAnUnclosedQuote() throws Exception {
        Path file = write("a,b,c\n1,2\n3,4,5,6\n7,\"open\n8,9,10\n");
        CsvPreview preview = new CsvImporter().preview(file, CsvDialect.DEFAULT, 10);
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4", "5", "6")), preview.rows());
    }

    @Test
    void emptyOrBinaryFilesAreStillErrors() throws Exception {
        Path empty = write("");
        assertThrows(CsvFormatException.class,
                () -> new CsvImporter().preview(empty, CsvDialect.DEFAULT, 10));
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {1, 0, 2, 0, 3});
        assertThrows(CsvFormatException.class,
                () -> new CsvImporter().preview(binary, CsvDialect.DEFAULT, 10));
    }
}
