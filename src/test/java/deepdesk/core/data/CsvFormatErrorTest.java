package deepdesk.core.data;

import deepdesk.core.common.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad file gives a {@link CsvFormatException} that names the right line. */
class CsvFormatErrorTest {

    @TempDir
    Path dir;

    private CsvFormatException failure(byte[] bytes, CsvDialect dialect) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.write(file, bytes);
        return assertThrows(CsvFormatException.class,
                () -> new CsvImporter().read(file, dialect, ProgressListener.NONE));
    }

    private CsvFormatException failure(String text) throws Exception {
        return failure(text.getBytes(StandardCharsets.UTF_8), CsvDialect.DEFAULT);
    }

    private static void assertLine(CsvFormatException e, long line) {
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line), e.getMessage());
    }

    @Test
    void raggedRowNamesItsLineAndTheExpectedWidth() throws Exception {
        StringBuilder text = new StringBuilder("a,b,c,d,e,f,g,h,origin\n");
        for (int i = 2; i <= 20; i++) {
            text.append(i == 17 ? "1,2,3,4,5,6,7,8\n" : "1,2,3,4,5,6,7,8,9\n");
        }
        CsvFormatException e = failure(text.toString());
        assertLine(e, 17);
        assertEquals("origin", e.column().orElseThrow());
        assertEquals("line 17, column origin: expected 9 fields (as in the header) but found 8",
                e.getMessage());
    }

    @Test
    void raggedRowAfterAQuotedLineBreakCountsPhysicalLines() throws Exception {
        CsvFormatException e = failure("a,b\n\"x\ny\",1\n\n2,3,4\n");
        assertLine(e, 5);
        assertEquals("3", e.column().orElseThrow());
    }

    @Test
    void unclosedQuoteNamesTheLineWhereItOpens() throws Exception {
        CsvFormatException e = failure("a,b\n1,2\n3,4\n5,\"abc\n6,7\n8,9\n");
        assertLine(e, 4);
        assertTrue(e.problem().contains("closing quote"), e.getMessage());
    }

    @Test
    void textAfterAClosingQuote() throws Exception {
        CsvFormatException e = failure("a,b\n1,2\n\"x\"y,3\n");
        assertLine(e, 3);
    }

    @Test
    void binaryFile() throws Exception {
        byte[] bytes = {'a', ',', 'b', '\n', '1', ',', '2', '\n', 0, 1, 2, 3, (byte) 0xFF, 9};
        CsvFormatException e = failure(bytes, CsvDialect.DEFAULT);
        assertLine(e, 3);
        assertTrue(e.problem().contains("binary"), e.getMessage());
    }

    @Test
    void zeroByteFarIntoTheFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a,b\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 20_000; i++) {
            out.writeBytes("1.5,x\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(new byte[] {'2', 0, ',', 'y', '\n'});
        CsvFormatException e = failure(out.toByteArray(), CsvDialect.DEFAULT);
        assertLine(e, 20_002);
    }

    @Test
    void emptyFiles() throws Exception {
        assertLine(failure(""), 1);
        assertLine(failure("\n\n  \r\n"), 1);
        byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertLine(failure(bomOnly, CsvDialect.DEFAULT), 1);
        assertThrows(CsvFormatException.class, () -> CsvSniffer.sniff(new byte[0], true));
    }

    @Test
    void headerWithoutRows() throws Exception {
        CsvFormatException e = failure("a,b,c\n");
        assertLine(e, 2);
        assertTrue(e.problem().contains("no data rows"), e.getMessage());
    }

    @Test
    void duplicateAndBlankHeaderNames() throws Exception {
        CsvFormatException duplicate = failure("a,b,a\n1,2,3\n");
        assertLine(duplicate, 1);
        assertEquals("3", duplicate.column().orElseThrow());
        assertTrue(duplicate.problem().contains("\"a\""), duplicate.getMessage());
        CsvFormatException blank = failure("a, ,c\n1,2,3\n");
        assertLine(blank, 1);
        assertEquals("2", blank.column().orElseThrow());
    }

    @Test
    void singleColumnSuggestsAnotherDelimiter() throws Exception {
        CsvFormatException e = failure("a;b;c\n1;2;3\n");
        assertLine(e, 1);
        assertTrue(e.problem().contains("another delimiter"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesItsLine() throws Exception {
        byte[] bytes = "a,b\n1,x\n2,y\n3,\u00e9\n4,\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvFormatException e = failure(bytes, CsvDialect.DEFAULT);
        assertLine(e, 4);
        assertTrue(e.problem().contains("UTF-8"), e.getMessage());
        Path file = dir.resolve("bad.csv");
        assertThrows(CsvFormatException.class, () -> CsvSniffer.sniff(file));
    }

    @Test
    void invalidUtf8BeyondTheSniffedSampleNamesItsLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a,b\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 30_000; i++) {
            out.writeBytes("1.5,x\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(new byte[] {'2', ',', (byte) 0xC3, '(', '\n'});
        CsvFormatException e = failure(out.toByteArray(), CsvDialect.DEFAULT);
        assertLine(e, 30_002);
    }

    @Test
    void utf16IsNamed() throws Exception {
        CsvFormatException e = failure("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16),
                CsvDialect.DEFAULT);
        assertTrue(e.problem().contains("UTF-16"), e.getMessage());
    }

    @Test
    void raggedRowInALargeNumericFileIsFoundOnTheRightLine() throws Exception {
        StringBuilder text = new StringBuilder("x,y,z\n");
        for (int i = 0; i < 40_000; i++) {
            text.append(i).append(".5,").append(i % 7).append(".25,1e-3\n");
        }
        text.append("1,2\n");
        CsvFormatException e = failure(text.toString());
        assertLine(e, 40_002);
    }
}
