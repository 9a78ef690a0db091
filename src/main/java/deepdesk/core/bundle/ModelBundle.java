package deepdesk.core.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import deepdesk.core.common.AtomicFile;
import deepdesk.core.data.Dataset;
import deepdesk.core.evaluation.Evaluation;
import deepdesk.core.evaluation.Evaluator;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.PreparedData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A trained model as a file users keep ({@code *.ddmodel}): everything serving and the command
 * line need to turn raw rows into predictions.
 *
 * <p>The file is a zip of {@value #MANIFEST} (format version, app version, creation time and the
 * SHA-256 of every other entry), {@value #SPEC} (the {@link ModelSpec}), {@value #PIPELINE} (the
 * {@link FittedPipeline}), {@value #SCHEMA} (the {@link InputSchema} of the raw input),
 * {@value #WEIGHTS} (the parameters as little-endian 32-bit floats in the engine's flat layout)
 * and {@value #METRICS} (the {@link Evaluation} on the test split, or {@code null}).
 *
 * <p>Threading: immutable; {@link #write} and {@link #read} may run on any thread (not the FX
 * thread: they do file I/O).
 *
 * @param spec       the network's architecture
 * @param weights    the network's parameters, predicting in the target's units
 * @param pipeline   the preparation fitted on the training split
 * @param schema     the raw input columns
 * @param evaluation the metrics on held-out rows; may be null when none were measured
 * @param createdAt  when the model was bundled
 */
public record ModelBundle(ModelSpec spec, float[] weights, FittedPipeline pipeline,
                          InputSchema schema, Evaluation evaluation, Instant createdAt) {

    /** The bundle format this version writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The manifest entry. */
    public static final String MANIFEST = "manifest.json";
    /** The model spec entry. */
    public static final String SPEC = "model.json";
    /** The pipeline entry. */
    public static final String PIPELINE = "pipeline.json";
    /** The input schema entry. */
    public static final String SCHEMA = "schema.json";
    /** The weights entry. */
    public static final String WEIGHTS = "weights.bin";
    /** The metrics entry. */
    public static final String METRICS = "metrics.json";

    private static final long MAX_ENTRY_BYTES = 1L << 30;

    /**
     * Checks that the parts fit together and copies the weights.
     *
     * @throws IllegalArgumentException when the weights do not fit the spec or the pipeline's
     *                                  width is not the network's input width
     */
    public ModelBundle {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(createdAt, "createdAt");
        weights = weights.clone();
        if (weights.length != spec.parameterCount()) {
            throw new IllegalArgumentException("the spec has " + spec.parameterCount()
                    + " parameters but " + weights.length + " weights were given");
        }
        if (pipeline.width() != spec.inputWidth()) {
            throw new IllegalArgumentException("the pipeline makes " + pipeline.width()
                    + " features but the network reads " + spec.inputWidth());
        }
        if (schema.size() != pipeline.inputs().size()) {
            throw new IllegalArgumentException("the schema does not match the pipeline's inputs");
        }
    }

    /** A bundle created now. */
    public static ModelBundle of(ModelSpec spec, float[] weights, FittedPipeline pipeline,
                                 InputSchema schema, Evaluation evaluation) {
        return new ModelBundle(spec, weights, pipeline, schema, evaluation, Instant.now());
    }

    /**
     * The bundle of a trained model: the schema with the ranges of the training rows, and the
     * evaluation on the test split (none when the test split is empty).
     *
     * @param spec     the network's architecture
     * @param weights  the trained parameters (the best ones, predicting in the target's units)
     * @param prepared the prepared data the model was trained on
     * @param dataset  the dataset {@code prepared} came from
     */
    public static ModelBundle fromTraining(ModelSpec spec, float[] weights, PreparedData prepared,
                                           Dataset dataset) {
        InputSchema schema = InputSchema.of(prepared.pipeline(), dataset, prepared.rows().train());
        Evaluation evaluation = prepared.test().rows() == 0 ? null
                : Evaluator.evaluate(spec, weights, prepared.test(), prepared.classNames());
        return of(spec, weights, prepared.pipeline(), schema, evaluation);
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    /** The version of DeepDesk that runs, as written into manifests. */
    public static String appVersion() {
        String version = ModelBundle.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }

    /**
     * Writes the bundle to {@code file} atomically: to a temporary file beside it, flushed to
     * disk, then renamed over {@code file}. A reader never sees a half-written bundle.
     *
     * @throws BundleException when it cannot be written; {@code file} is then unchanged
     */
    public void write(Path file) throws BundleException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try {
            entries.put(SPEC, BundleJson.MAPPER.writeValueAsBytes(spec));
            entries.put(PIPELINE, BundleJson.MAPPER.writeValueAsBytes(pipeline));
            entries.put(SCHEMA, BundleJson.MAPPER.writeValueAsBytes(schema));
            entries.put(WEIGHTS, encode(weights));
            entries.put(METRICS, BundleJson.MAPPER.writeValueAsBytes(evaluation));
            Map<String, String> sums = new LinkedHashMap<>();
            entries.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
            BundleManifest manifest = new BundleManifest(FORMAT_VERSION, appVersion(),
                    createdAt.toString(), sums);
            byte[] manifestBytes = BundleJson.MAPPER.writeValueAsBytes(manifest);
            AtomicFile.write(file, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    putEntry(zip, MANIFEST, manifestBytes);
                    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                        putEntry(zip, e.getKey(), e.getValue());
                    }
                }
            });
        } catch (JsonProcessingException e) {
            throw new BundleException("cannot encode the model for " + file + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BundleException("cannot write the model bundle " + file + ": " + e, e);
        }
    }

    /**
     * Reads a bundle and verifies it: the manifest's format version, the presence and SHA-256
     * of every entry, and that the parts fit together. Nothing is returned unless all of it
     * holds.
     *
     * @throws BundleException naming the file and the problem: not found, not a zip or
     *                         truncated, no manifest, an unknown format version, a missing
     *                         entry, a checksum mismatch, or a part that cannot be decoded
     */
    public static ModelBundle read(Path file) throws BundleException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        BundleManifest manifest;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] manifestBytes = entry(zip, file, MANIFEST);
            try {
                manifest = BundleJson.MAPPER.readValue(manifestBytes, BundleManifest.class);
            } catch (IOException e) {
                throw new BundleException(file + ": the manifest is not valid ("
                        + e.getMessage().lines().findFirst().orElse("") + ")", e);
            }
            if (manifest.formatVersion() != FORMAT_VERSION) {
                throw new BundleException(file + " has bundle format " + manifest.formatVersion()
                        + " (written by DeepDesk " + manifest.appVersion() + "); this version"
                        + " reads format " + FORMAT_VERSION + " only");
            }
            for (String name : new String[] {SPEC, PIPELINE, SCHEMA, WEIGHTS, METRICS}) {
                if (!manifest.entries().containsKey(name)) {
                    throw new BundleException(file + ": the manifest lists no checksum for "
                            + name);
                }
            }
            for (Map.Entry<String, String> listed : manifest.entries().entrySet()) {
                byte[] bytes = entry(zip, file, listed.getKey());
                String actual = sha256(bytes);
                if (!actual.equalsIgnoreCase(listed.getValue())) {
                    throw new BundleException(file + ": entry " + listed.getKey()
                            + " is corrupt (its SHA-256 is " + actual + ", the manifest says "
                            + listed.getValue() + ")");
                }
                entries.put(listed.getKey(), bytes);
            }
        } catch (NoSuchFileException e) {
            throw new BundleException("no model bundle at " + file, e);
        } catch (ZipException e) {
            throw new BundleException(file + " is not a model bundle or is truncated ("
                    + e.getMessage() + ")", e);
        } catch (BundleException e) {
            throw e;
        } catch (IOException e) {
            throw new BundleException("cannot read the model bundle " + file + ": " + e, e);
        }
        return decode(file, manifest, entries);
    }

    private static ModelBundle decode(Path file, BundleManifest manifest,
                                      Map<String, byte[]> entries) throws BundleException {
        ModelSpec spec = json(file, entries, SPEC, ModelSpec.class);
        FittedPipeline pipeline = json(file, entries, PIPELINE, FittedPipeline.class);
        InputSchema schema = json(file, entries, SCHEMA, InputSchema.class);
        Evaluation evaluation = json(file, entries, METRICS, Evaluation.class);
        byte[] weightBytes = entries.get(WEIGHTS);
        if (weightBytes.length % Float.BYTES != 0) {
            throw new BundleException(file + ": " + WEIGHTS + " has " + weightBytes.length
                    + " bytes, not a whole number of 32-bit floats");
        }
        float[] weights = new float[weightBytes.length / Float.BYTES];
        ByteBuffer.wrap(weightBytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(weights);
        Instant createdAt;
        try {
            createdAt = Instant.parse(manifest.createdAt());
        } catch (DateTimeParseException e) {
            throw new BundleException(file + ": the manifest's creation time "
                    + manifest.createdAt() + " is not an ISO-8601 instant", e);
        }
        try {
            return new ModelBundle(spec, weights, pipeline, schema, evaluation, createdAt);
        } catch (IllegalArgumentException e) {
            throw new BundleException(file + ": the parts do not fit together: "
                    + e.getMessage(), e);
        }
    }

    private static <T> T json(Path file, Map<String, byte[]> entries, String name, Class<T> type)
            throws BundleException {
        try {
            return BundleJson.MAPPER.readValue(entries.get(name), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException(file + ": entry " + name + " cannot be read ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    private static byte[] entry(ZipFile zip, Path file, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BundleException(file + " has no entry " + name
                    + (MANIFEST.equals(name) ? ": it is not a DeepDesk model bundle" : ""));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_ENTRY_BYTES) {
                    throw new BundleException(file + ": entry " + name + " is larger than "
                            + MAX_ENTRY_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] bytes)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] encode(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelBundle b && spec.equals(b.spec)
                && Arrays.equals(weights, b.weights) && pipeline.equals(b.pipeline)
                && schema.equals(b.schema) && createdAt.equals(b.createdAt)
                && Objects.equals(headline(evaluation), headline(b.evaluation));
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, Arrays.hashCode(weights), pipeline, schema, createdAt);
    }

    // evaluations hold arrays, so records compare them by identity; their headline numbers
    // stand for them
    private static Map<String, Double> headline(Evaluation evaluation) {
        return evaluation == null ? null : evaluation.headline();
    }

    @Override
    public String toString() {
        return "ModelBundle[" + spec.inputWidth() + " features -> " + spec.outputWidth()
                + " outputs, " + weights.length + " weights, created " + createdAt + "]";
    }
}
