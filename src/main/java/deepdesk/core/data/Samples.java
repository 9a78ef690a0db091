package deepdesk.core.data;

import deepdesk.core.common.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue of sample datasets shipped with DeepDesk (the CSV files packaged under
 * {@code /samples/} on the class path), and a way to open them like any user file.
 *
 * <p>Threading: safe from any thread; {@link #extract} reads and writes files, so call it off the
 * FX thread.
 */
public final class Samples {

    /** Where the sample files live on the class path. */
    static final String RESOURCE_FOLDER = "/samples/";

    private static final List<Sample> ALL = List.of(
            new Sample("iris.csv", "Iris flowers",
                    "150 flowers of 3 species measured by sepal and petal: the classic first"
                            + " classification.", "species"),
            new Sample("penguins.csv", "Palmer penguins",
                    "344 penguins of 3 species with body measurements, island and sex; some"
                            + " values are missing.", "species"),
            new Sample("auto-mpg.csv", "Auto MPG",
                    "406 cars from the 1970s and 80s: predict fuel economy (miles per gallon)"
                            + " from engine and weight.", "mpg"),
            new Sample("wine.csv", "Wine cultivars",
                    "178 Italian wines from 3 cultivars, 13 chemical measurements on very"
                            + " different scales.", "cultivar"),
            new Sample("breast-cancer.csv", "Breast cancer diagnosis",
                    "569 tumour biopsies described by 30 cell measurements: malignant or"
                            + " benign.", "diagnosis"),
            new Sample("digits.csv", "Handwritten digits",
                    "1,797 handwritten digits as 8x8 grey-level images (64 pixel columns),"
                            + " 10 classes.", "digit"),
            new Sample("diabetes.csv", "Diabetes progression",
                    "442 patients: predict disease progression after one year from 10 clinical"
                            + " values; small and noisy.", "progression"));

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private Samples() {
    }

    /**
     * One sample dataset.
     *
     * <p>Threading: immutable.
     *
     * @param fileName    the CSV file's name, such as {@code iris.csv}
     * @param title       a short title for menus
     * @param description one sentence on what the data is
     * @param target      the column a model predicts
     */
    public record Sample(String fileName, String title, String description, String target) {

        /** Checks for nulls. */
        public Sample {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(target, "target");
        }
    }

    /** Every sample, in menu order. */
    public static List<Sample> all() {
        return ALL;
    }

    /** The sample with this file name, if any. */
    public static Optional<Sample> byFileName(String fileName) {
        return ALL.stream().filter(s -> s.fileName().equals(fileName)).findFirst();
    }

    /**
     * A file holding the sample, so it can be opened like any user file. The first call in a
     * process copies it from the class path into a folder under the system temporary directory;
     * later calls return the same file (copied again if it was deleted meanwhile). An existing
     * copy with the same content is reused.
     *
     * @throws UncheckedIOException when the resource is absent or the file cannot be written
     */
    public static Path extract(Sample sample) {
        return EXTRACTED.compute(sample.fileName(), (name, earlier) ->
                earlier != null && Files.isRegularFile(earlier) ? earlier : extractTo(sample,
                        Path.of(System.getProperty("java.io.tmpdir"), "deepdesk-samples")));
    }

    /**
     * Copies the sample into {@code folder} unless a copy with the same content is there.
     *
     * @throws UncheckedIOException when the resource is absent or the file cannot be written
     */
    static Path extractTo(Sample sample, Path folder) {
        try {
            return copyOut(sample.fileName(), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract sample " + sample.fileName(), e);
        }
    }

    private static Path copyOut(String name, Path folder) throws IOException {
        byte[] content;
        try (InputStream in = Samples.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IOException("sample " + name + " is not on the class path");
            }
            content = in.readAllBytes();
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file) && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content)) {
            return file;
        }
        // a temporary file renamed into place: another process opening the same sample never
        // sees a half-written copy
        AtomicFile.write(file, out -> out.write(content));
        return file;
    }
}
