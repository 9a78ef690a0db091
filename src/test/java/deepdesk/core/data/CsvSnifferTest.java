package deepdesk.core.data;

import deepdesk.core.common.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sniffer decides the dialect a person would, and the importer then reads the file right. */
class CsvSnifferTest {

    @TempDir
    Path dir;

    private static CsvDialect sniff(String text) throws CsvFormatException {
        return CsvSniffer.sniff(text.getBytes(StandardCharsets.UTF_8), true);
    }

    private Dataset read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private Dataset read(byte[] bytes) throws Exception {
        Path file = dir.resolve("data.csv");
        Files.write(file, bytes);
        return new CsvImporter().read(file, CsvSniffer.sniff(file), ProgressListener.NONE);
    }

    @Test
    void semicolonWithDecimalComma() throws Exception {
        String text = "Länge;Breite;Art\n3,14;2,5;a\n1,5;0,25;b\n-2,75;1e3;a\n";
        CsvDialect dialect = sniff(text);
        assertEquals(';', dialect.delimiter());
        assertTrue(dialect.decimalComma());
        assertTrue(dialect.hasHeader());
        Dataset d = read(text);
        NumericColumn length = (NumericColumn) d.column("Länge").orElseThrow();
        assertEquals(3.14, length.value(0));
        assertEquals(-2.75, length.value(2));
        assertEquals(0.25, ((NumericColumn) d.column(1)).value(1));
    }

    @Test
    void semicolonWithDecimalPoint() throws Exception {
        CsvDialect dialect = sniff("a;b\n1.5;2\n3.25;4\n");
        assertEquals(';', dialect.delimiter());
        assertFalse(dialect.decimalComma());
    }

    @Test
    void tabAndBar() throws Exception {
        assertEquals('\t', sniff("x\ty\tlabel, with comma\n1\t2\tyes, sure\n3\t4\tno\n")
                .delimiter());
        assertEquals('|', sniff("x|y|z\n1|2|3\n4|5|6\n").delimiter());
    }

    @Test
    void byteOrderMarkIsSkipped() throws Exception {
        byte[] text = "id,value\n1,2.5\n2,3.5\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        CsvDialect dialect = CsvSniffer.sniff(withBom, true);
        assertEquals(',', dialect.delimiter());
        Dataset d = read(withBom);
        assertEquals("id", d.column(0).name());
        assertEquals(2, d.rowCount());
    }

    @Test
    void crlfAndLfReadTheSame() throws Exception {
        Dataset lf = read("a,b,c\n1,x,2\n3,y,4\n5,x,6\n");
        Dataset crlf = read("a,b,c\r\n1,x,2\r\n3,y,4\r\n5,x,6\r\n");
        assertEquals(lf.rowCount(), crlf.rowCount());
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < lf.rowCount(); r++) {
                assertEquals(lf.column(c).format(r), crlf.column(c).format(r));
            }
        }
        assertEquals("x", crlf.column(1).format(2));
    }

    @Test
    void firstRowOfNumbersIsData() throws Exception {
        CsvDialect dialect = sniff("1,2,3\n4,5,6\n7,8,9\n");
        assertFalse(dialect.hasHeader());
        Dataset d = read("1,2,3\n4,5,6\n7,8,9\n");
        assertEquals(3, d.rowCount());
        assertEquals("column_1", d.column(0).name());
        assertEquals("1", d.column(0).format(0));
    }

    @Test
    void headerOverNumbersAndTextOnlyFilesHaveHeaders() throws Exception {
        assertTrue(sniff("x,y\n1,2\n3,4\n").hasHeader());
        assertTrue(sniff("name,city\nbob,paris\nann,rome\n").hasHeader());
        assertFalse(sniff("5.1,3.5,setosa\n4.9,3.0,setosa\n").hasHeader());
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaks() throws Exception {
        String text = "id;note;score\n1;\"first line\nsecond; line\";2,5\n"
                + "2;\"say \"\"hi\"\"\";3,5\n3;plain;4,5\n";
        CsvDialect dialect = sniff(text);
        assertEquals(';', dialect.delimiter());
        assertTrue(dialect.decimalComma());
        Dataset d = read(text);
        assertEquals(3, d.rowCount());
        CategoricalColumn note = (CategoricalColumn) d.column("note").orElseThrow();
        assertEquals("first line\nsecond; line", note.value(0));
        assertEquals("say \"hi\"", note.value(1));
        assertEquals(3.5, ((NumericColumn) d.column("score").orElseThrow()).value(1));
    }

    @Test
    void singleQuotesAreFoundWhenOnlyThoseEncloseFields() throws Exception {
        CsvDialect dialect = sniff("'name','x'\n'a, b',1\n'c',2\n");
        assertEquals('\'', dialect.quote());
        assertEquals(',', dialect.delimiter());
        assertEquals('"', sniff("\"name\",x\n\"a, b\",1\n").quote());
    }

    @Test
    void missingMarkersAreMissingIgnoringCase() throws Exception {
        Dataset d = read("a,b\n1.5,x\nNA,y\nnull,x\n?,-\nnan,N/A\n,z\n2.5,x\n");
        assertEquals(5, d.column("a").orElseThrow().missingCount());
        assertEquals(ColumnType.NUMERIC, d.column("a").orElseThrow().type());
        assertEquals(2, d.column("b").orElseThrow().missingCount());
    }
}
