package deepdesk.core.spark.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's regression data: {@value #FEATURES} standard normal features
 * {@code x1..x8} and a target {@code y = sin(x1) + x2 * x3 + 0.5 * x4 - 0.25 * x5^2 + noise}, with
 * five decimals, from a seed, so every run and every tool reads the same bytes.
 *
 * <p>Threading: stateless; safe from any thread.
 */
public final class BenchmarkCsv {

    /** Input columns in the file. */
    public static final int FEATURES = 8;
    /** The target column's name. */
    public static final String TARGET = "y";

    private BenchmarkCsv() {
    }

    /**
     * Writes {@code rows} rows to {@code file} unless it already holds exactly that many (checked by
     * a marker file beside it written last), and returns the file.
     */
    public static Path ensure(Path file, int rows, long seed) throws IOException {
        Path marker = file.resolveSibling(file.getFileName() + ".rows");
        String expected = rows + " " + seed;
        if (Files.isRegularFile(file) && Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(expected)) {
            return file;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(marker);
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[FEATURES];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(128);
            for (int i = 1; i <= FEATURES; i++) {
                line.append('x').append(i).append(',');
            }
            out.write(line.append(TARGET).append('\n').toString());
            for (int row = 0; row < rows; row++) {
                line.setLength(0);
                for (int i = 0; i < FEATURES; i++) {
                    x[i] = gaussian(random);
                    line.append(String.format(Locale.ROOT, "%.5f", x[i])).append(',');
                }
                double y = Math.sin(x[0]) + x[1] * x[2] + 0.5 * x[3] - 0.25 * x[4] * x[4]
                        + 0.1 * gaussian(random);
                line.append(String.format(Locale.ROOT, "%.5f", y)).append('\n');
                out.write(line.toString());
            }
        }
        Files.writeString(marker, expected, StandardCharsets.UTF_8);
        return file;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
