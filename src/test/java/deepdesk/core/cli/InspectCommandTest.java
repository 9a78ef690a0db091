package deepdesk.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code inspect} prints what the importer inferred, and one line for a bad file. */
class InspectCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tableShowsDialectTypesMissingCountsAndStatistics() {
        int status = DeepDeskCommand.run("inspect", "samples/auto-mpg.csv");
        assertEquals(0, status, stderr());
        String text = stdout();
        assertTrue(text.contains("406 rows, 9 columns"), text);
        assertTrue(text.contains("delimiter ','"), text);
        String horsepower = text.lines().filter(l -> l.startsWith("horsepower")).findFirst()
                .orElseThrow();
        assertTrue(horsepower.matches("horsepower\\s+NUMERIC\\s+6\\s.*"), horsepower);
        assertTrue(text.lines().anyMatch(l -> l.matches("name\\s+TEXT\\s.*")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("origin\\s+CATEGORICAL\\s+0\\s+3\\s.*")),
                text);
        assertEquals("", stderr());
    }

    @Test
    void jsonIsOneObjectWithEveryColumn() throws Exception {
        int status = DeepDeskCommand.run("inspect", "samples/penguins.csv", "--json");
        assertEquals(0, status, stderr());
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertEquals(344, root.get("rows").asInt());
        assertEquals(",", root.get("dialect").get("delimiter").asText());
        assertTrue(root.get("dialect").get("header").asBoolean());
        assertEquals(7, root.get("columns").size());
        JsonNode bill = root.get("columns").get(2);
        assertEquals("bill_length_mm", bill.get("name").asText());
        assertEquals("NUMERIC", bill.get("type").asText());
        assertEquals(2, bill.get("missing").asInt());
        assertEquals(342, bill.get("count").asInt());
        assertEquals(43.92, bill.get("mean").asDouble(), 0.01);
        JsonNode sex = root.get("columns").get(6);
        assertEquals("CATEGORICAL", sex.get("type").asText());
        assertTrue(sex.get("mean").isNull());
        assertEquals(11, sex.get("missing").asInt());
    }

    @Test
    void badInputExitsWithTwoAndOneLineNamingLineAndColumn() throws Exception {
        Path file = dir.resolve("ragged.csv");
        Files.writeString(file, "a,b,c\n1,2,3\n4,5\n");
        int status = DeepDeskCommand.run("inspect", file.toString());
        assertEquals(DeepDeskCommand.EXIT_BAD_INPUT, status);
        String message = stderr();
        assertEquals(1, message.lines().count(), message);
        assertEquals("ragged.csv: line 3, column c: expected 3 fields (as in the header) but "
                + "found 2", message.strip());
        assertFalse(message.contains("Exception"));
        assertEquals("", stdout());
    }

    @Test
    void missingFileExitsWithTwo() {
        int status = DeepDeskCommand.run("inspect", dir.resolve("nothing.csv").toString());
        assertEquals(DeepDeskCommand.EXIT_BAD_INPUT, status);
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("no such file"), stderr());
    }
}
