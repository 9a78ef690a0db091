package deepdesk.core.bundle;

import deepdesk.core.evaluation.ClassificationEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelBundleTest {

    @TempDir
    Path dir;

    private static ModelBundle iris() {
        return TrainedModels.train("iris.csv", "species").bundle();
    }

    @Test
    void aBundleSurvivesWriteAndRead() throws Exception {
        ModelBundle bundle = iris();
        Path file = dir.resolve("iris.ddmodel");
        bundle.write(file);

        ModelBundle read = ModelBundle.read(file);

        assertEquals(bundle, read);
        assertArrayEquals(bundle.weights(), read.weights());
        ClassificationEvaluation evaluation = assertInstanceOf(ClassificationEvaluation.class,
                read.evaluation());
        assertEquals(bundle.evaluation().headline(), evaluation.headline());
        assertTrue(evaluation.accuracy() > 0.8, "test accuracy " + evaluation.accuracy());
        assertEquals(4, read.schema().size());
        InputColumn petal = read.schema().columns().get(2);
        assertEquals("petal_length", petal.name());
        assertTrue(petal.min() >= 1.0 && petal.max() <= 6.9, petal.toString());
    }

    @Test
    void aBundleWithoutMetricsRoundTrips() throws Exception {
        ModelBundle bundle = iris();
        ModelBundle bare = new ModelBundle(bundle.spec(), bundle.weights(), bundle.pipeline(),
                bundle.schema(), null, bundle.createdAt());
        Path file = dir.resolve("bare.ddmodel");
        bare.write(file);
        assertEquals(bare, ModelBundle.read(file));
        assertNull(ModelBundle.read(file).evaluation());
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("model.ddmodel");
        Files.writeString(file, "an older file");
        iris().write(file);

        assertEquals(iris(), ModelBundle.read(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count());
        }
    }

    @Test
    void aTruncatedBundleIsRefused() throws Exception {
        Path file = dir.resolve("truncated.ddmodel");
        iris().write(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.read(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aChangedEntryFailsItsChecksum() throws Exception {
        Path file = rewrite("corrupt.ddmodel", (name, bytes) -> {
            if (name.equals(ModelBundle.WEIGHTS)) {
                bytes[5] ^= 0x40;
            }
            return bytes;
        });

        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.read(file));
        assertTrue(e.getMessage().contains("weights.bin is corrupt"), e.getMessage());
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        Path file = rewrite("newer.ddmodel", (name, bytes) -> name.equals(ModelBundle.MANIFEST)
                ? new String(bytes, StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")
                .getBytes(StandardCharsets.UTF_8) : bytes);

        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.read(file));
        assertTrue(e.getMessage().contains("bundle format 2"), e.getMessage());
    }

    @Test
    void aMissingEntryIsNamed() throws Exception {
        Path file = rewrite("partial.ddmodel", (name, bytes) ->
                name.equals(ModelBundle.PIPELINE) ? null : bytes);

        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.read(file));
        assertTrue(e.getMessage().contains("no entry pipeline.json"), e.getMessage());
    }

    @Test
    void otherFilesAreNotBundles() throws Exception {
        Path text = dir.resolve("notes.ddmodel");
        Files.writeString(text, "not a zip at all");
        BundleException notZip = assertThrows(BundleException.class,
                () -> ModelBundle.read(text));
        assertTrue(notZip.getMessage().contains("not a model bundle"), notZip.getMessage());

        BundleException absent = assertThrows(BundleException.class,
                () -> ModelBundle.read(dir.resolve("absent.ddmodel")));
        assertTrue(absent.getMessage().startsWith("no model bundle at"), absent.getMessage());
    }

    /** Writes the iris bundle, then copies it entry by entry through {@code change}. */
    private Path rewrite(String name, BiFunction<String, byte[], byte[]> change)
            throws IOException {
        Path original = dir.resolve("original-" + name);
        iris().write(original);
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(original);
             ZipInputStream zipIn = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(file);
             ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null;
                 entry = zipIn.getNextEntry()) {
                byte[] bytes = change.apply(entry.getName(), zipIn.readAllBytes());
                if (bytes != null) {
                    zipOut.putNextEntry(new ZipEntry(entry.getName()));
                    zipOut.write(bytes);
                    zipOut.closeEntry();
                }
            }
        }
        return file;
    }
}
