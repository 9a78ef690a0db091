package deepdesk.core.project;

import deepdesk.core.data.CsvDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetCheckTest {

    @TempDir
    Path dir;

    @Test
    void theFingerprintIsTheSha256OfTheBytes() throws Exception {
        Path file = dir.resolve("abc.csv");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        // the SHA-256 test vector for "abc" from FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                DatasetFingerprint.of(file));
    }

    @Test
    void anUntouchedFileIsFound() throws Exception {
        Path file = csv("a.csv");
        DatasetReference reference = DatasetReference.of(file, CsvDialect.DEFAULT);
        assertEquals(DatasetStatus.FOUND, DatasetCheck.of(reference).status());
    }

    @Test
    void aMissingFileHasMovedAndCanBeLocatedElsewhere() throws Exception {
        Path file = csv("a.csv");
        DatasetReference reference = DatasetReference.of(file, CsvDialect.DEFAULT);
        Path elsewhere = Files.createDirectories(dir.resolve("moved")).resolve("a.csv");
        Files.move(file, elsewhere);

        DatasetCheck check = DatasetCheck.of(reference);
        assertEquals(DatasetStatus.MOVED, check.status());
        assertTrue(check.describe().contains("Locate"), check.describe());
        assertEquals(DatasetStatus.FOUND, DatasetCheck.of(reference, elsewhere).status());
        DatasetReference relocated = reference.relocatedTo(elsewhere);
        assertEquals(elsewhere.toAbsolutePath().toString(), relocated.path());
        assertEquals(reference.sha256(), relocated.sha256());
    }

    @Test
    void anEditedFileHasChanged() throws Exception {
        Path file = csv("a.csv");
        DatasetReference reference = DatasetReference.of(file, CsvDialect.DEFAULT);
        Files.writeString(file, "3,4\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        DatasetCheck check = DatasetCheck.of(reference);
        assertEquals(DatasetStatus.CHANGED, check.status());
        assertTrue(check.describe().contains("differs"), check.describe());
        assertNotEquals(reference.sha256(), reference.relocatedTo(file).sha256());
    }

    private Path csv(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "x,y\n1,2\n", StandardCharsets.UTF_8);
        return file;
    }
}
