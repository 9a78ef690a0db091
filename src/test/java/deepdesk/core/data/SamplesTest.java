package deepdesk.core.data;

import deepdesk.core.data.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplesTest {

    private static byte[] resource(Sample sample) throws IOException {
        try (InputStream in = Samples.class.getResourceAsStream(
                Samples.RESOURCE_FOLDER + sample.fileName())) {
            assertNotNull(in, sample.fileName() + " is not on the class path");
            return in.readAllBytes();
        }
    }

    @Test
    void theCatalogueListsEverySampleWithItsTarget() {
        assertEquals(List.of("iris.csv", "penguins.csv", "auto-mpg.csv", "wine.csv",
                        "breast-cancer.csv", "digits.csv", "diabetes.csv"),
                Samples.all().stream().map(Sample::fileName).toList());
        assertEquals("species", Samples.byFileName("iris.csv").orElseThrow().target());
        assertEquals("mpg", Samples.byFileName("auto-mpg.csv").orElseThrow().target());
        assertEquals("cultivar", Samples.byFileName("wine.csv").orElseThrow().target());
        assertEquals("digit", Samples.byFileName("digits.csv").orElseThrow().target());
        assertEquals("progression", Samples.byFileName("diabetes.csv").orElseThrow().target());
        assertTrue(Samples.byFileName("missing.csv").isEmpty());
    }

    @Test
    void everySampleIsPackagedAndHasItsTargetInTheHeader() throws IOException {
        for (Sample sample : Samples.all()) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    Samples.class.getResourceAsStream(Samples.RESOURCE_FOLDER
                            + sample.fileName()), StandardCharsets.UTF_8))) {
                List<String> header = Arrays.asList(reader.readLine().split(","));
                assertTrue(header.contains(sample.target()), sample + " header " + header);
            }
            assertFalse(sample.title().isBlank());
            assertTrue(sample.description().endsWith("."), sample.description());
        }
    }

    @Test
    void extractionCopiesTheSampleOnceAndReusesIt(@TempDir Path folder) throws IOException {
        Sample iris = Samples.byFileName("iris.csv").orElseThrow();

        Path file = Samples.extractTo(iris, folder);
        assertEquals(folder.resolve("iris.csv"), file);
        assertArrayEquals(resource(iris), Files.readAllBytes(file));

        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(file, old);
        assertEquals(file, Samples.extractTo(iris, folder));
        assertEquals(old, Files.getLastModifiedTime(file), "an identical copy is not rewritten");

        Files.writeString(file, "damaged");
        Samples.extractTo(iris, folder);
        assertArrayEquals(resource(iris), Files.readAllBytes(file), "a damaged copy is replaced");
        try (var listing = Files.list(folder)) {
            assertEquals(1, listing.count(), "no temporary files are left behind");
        }
    }

    @Test
    void anUnknownSampleIsAClearError(@TempDir Path folder) {
        Sample unknown = new Sample("nothing.csv", "Nothing", "Nothing.", "y");
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> Samples.extractTo(unknown, folder));
        assertTrue(error.getMessage().contains("nothing.csv"));
    }
}
