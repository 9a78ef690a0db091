package deepdesk.core.bundle;

import deepdesk.core.engine.ParameterLayout;
import deepdesk.core.model.Activation;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import deepdesk.core.prep.DerivedFeature;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.InputKind;
import deepdesk.core.prep.MissingValues;
import deepdesk.core.prep.TaskKind;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Generates inference code that reproduces a bundled model's predictions from raw inputs with
 * no DeepDesk on the class path: a self-contained Java class (JDK only) and a Python module
 * with one function (numpy only). Both run the whole preparation (fill missing values, one-hot,
 * derived features, scaling) and the network in double precision; the weights are embedded as
 * base64 of their 32-bit floats.
 *
 * <p>Both take a row as text values keyed by raw column name (or in schema order) and treat
 * an empty value (or NA, N/A, null, NaN, ?, -) as missing. They raise an error for a number that
 * is not one, an unknown category, or a missing value the model cannot fill.
 *
 * <p>Threading: stateless.
 */
public final class InferenceCodeExporter {

    private static final int CHUNK = 60_000;
    private static final String MISSING = "\"\", \"na\", \"n/a\", \"null\", \"nan\", \"?\", \"-\"";

    private InferenceCodeExporter() {
    }

    /**
     * Writes {@code DIR/CLASS_NAME.java}.
     *
     * @param className a Java identifier, such as {@code MpgModel}
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path exportJava(ModelBundle bundle, Path dir, String className)
            throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, javaSource(bundle, className), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Writes a Python module holding {@code predict(rows)}.
     *
     * @throws IOException when it cannot be written
     */
    public static void exportPython(ModelBundle bundle, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, pythonSource(bundle), StandardCharsets.UTF_8);
    }

    /**
     * The Java source of a class named {@code className} with {@code predict(Map)} and
     * {@code predict(String[])} (probabilities in class order, or the predicted values) and,
     * for classification, {@code predictLabel}.
     *
     * @throws IllegalArgumentException when {@code className} is not a Java identifier
     */
    public static String javaSource(ModelBundle bundle, String className) {
        if (!className.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("not a Java class name: " + className);
        }
        FittedPipeline pipeline = bundle.pipeline();
        ModelSpec spec = bundle.spec();
        ParameterLayout layout = new ParameterLayout(spec);
        boolean classification = pipeline.target().task() == TaskKind.CLASSIFICATION;
        StringBuilder s = new StringBuilder();
        s.append("import java.nio.ByteBuffer;\nimport java.nio.ByteOrder;\n")
                .append("import java.util.Base64;\nimport java.util.Locale;\n")
                .append("import java.util.Map;\nimport java.util.Set;\n\n");
        s.append("/**\n * Predicts ").append(pipeline.target().column())
                .append(" from raw inputs, exported by DeepDesk ").append(ModelBundle.appVersion())
                .append(".\n *\n * <p>Inputs, in order: ")
                .append(String.join(", ", pipeline.inputColumns()))
                .append(".\n * Values are text; empty, NA, N/A, null, NaN, ? or - means missing.\n")
                .append(" *\n * <p>Threading: stateless after class initialisation.\n */\n");
        s.append("public final class ").append(className).append(" {\n\n");
        s.append("    /** The raw input columns, in the order of {@link #predict(String[])}. */\n");
        s.append("    public static final String[] INPUTS = {").append(literals(
                pipeline.inputColumns())).append("};\n");
        if (classification) {
            s.append("    /** The classes, in the order of the probabilities. */\n");
            s.append("    public static final String[] CLASSES = {").append(literals(
                    pipeline.target().classNames())).append("};\n");
        }
        s.append("\n    private static final Set<String> MISSING = Set.of(").append(MISSING)
                .append(");\n");
        s.append("    private static final boolean[] NUMERIC = {");
        s.append(pipeline.inputs().stream().map(i -> String.valueOf(i.kind() == InputKind.NUMERIC))
                .collect(Collectors.joining(", "))).append("};\n");
        s.append("    private static final double[] FILL = {").append(pipeline.inputs().stream()
                .map(i -> javaDouble(i.fill())).collect(Collectors.joining(", "))).append("};\n");
        s.append("    private static final int[] FILL_CATEGORY = {").append(pipeline.inputs()
                .stream().map(i -> String.valueOf(i.fillCategory()))
                .collect(Collectors.joining(", "))).append("};\n");
        s.append("    private static final String[][] CATEGORIES = {");
        s.append(pipeline.inputs().stream().map(i -> "{" + literals(i.categories()) + "}")
                .collect(Collectors.joining(", "))).append("};\n");
        s.append("    private static final boolean CAN_FILL = ")
                .append(pipeline.missingValues() != MissingValues.DROP_ROWS).append(";\n");
        s.append("    private static final double[] OFFSETS = {").append(doubles(
                pipeline.offsets())).append("};\n");
        s.append("    private static final double[] DIVISORS = {").append(doubles(
                pipeline.divisors())).append("};\n");
        s.append("    private static final int[] LAYER_INPUTS = {").append(ints(layout, true))
                .append("};\n");
        s.append("    private static final int[] LAYER_UNITS = {").append(ints(layout, false))
                .append("};\n");
        s.append("    private static final float[] WEIGHTS = decode(new String[] {\n");
        for (String chunk : chunks(bundle.weights())) {
            s.append("        \"").append(chunk).append("\",\n");
        }
        s.append("    });\n\n    private ").append(className).append("() {\n    }\n\n");

        s.append("    /** Predicts one row given as text keyed by column name. */\n");
        s.append("    public static double[] predict(Map<String, String> row) {\n");
        s.append("        String[] values = new String[INPUTS.length];\n");
        s.append("        for (int i = 0; i < INPUTS.length; i++) {\n");
        s.append("            values[i] = row.get(INPUTS[i]);\n        }\n");
        s.append("        return predict(values);\n    }\n\n");
        s.append("    /**\n     * Predicts one row given as text in the order of {@link #INPUTS}: ")
                .append(classification ? "the probability of each class"
                        : "the predicted values").append(".\n     */\n");
        s.append("    public static double[] predict(String[] row) {\n");
        s.append("        double[] x = features(row);\n");
        s.append("        int at = 0;\n");
        for (int l = 0; l < layout.layerCount(); l++) {
            String fn = l < spec.hidden().size()
                    ? javaActivation(spec.hidden().get(l).activation(), "z[j]")
                    : javaActivation(outputActivation(spec.output()), "z[j]");
            s.append("        {\n");
            s.append("            int in = LAYER_INPUTS[").append(l).append("];\n");
            s.append("            int out = LAYER_UNITS[").append(l).append("];\n");
            s.append("            double[] z = new double[out];\n");
            s.append("            for (int j = 0; j < out; j++) {\n");
            s.append("                double sum = WEIGHTS[at + in * out + j];\n");
            s.append("                for (int k = 0; k < in; k++) {\n");
            s.append("                    sum += x[k] * WEIGHTS[at + k * out + j];\n");
            s.append("                }\n                z[j] = sum;\n            }\n");
            s.append("            at += in * out + out;\n");
            if (l == layout.layerCount() - 1 && spec.output() == OutputKind.SOFTMAX) {
                s.append("            double max = Double.NEGATIVE_INFINITY;\n");
                s.append("            for (double v : z) {\n                max = Math.max(max, v);\n");
                s.append("            }\n            double total = 0;\n");
                s.append("            for (int j = 0; j < out; j++) {\n");
                s.append("                z[j] = Math.exp(z[j] - max);\n");
                s.append("                total += z[j];\n            }\n");
                s.append("            for (int j = 0; j < out; j++) {\n");
                s.append("                z[j] /= total;\n            }\n");
            } else {
                s.append("            for (int j = 0; j < out; j++) {\n");
                s.append("                z[j] = ").append(fn).append(";\n            }\n");
            }
            s.append("            x = z;\n        }\n");
        }
        if (classification && spec.outputWidth() == 1) {
            String p = spec.output() == OutputKind.TANH ? "(1 + x[0]) / 2" : "x[0]";
            s.append("        double p = Math.min(Math.max(").append(p).append(", 0), 1);\n");
            s.append("        return new double[] {1 - p, p};\n");
        } else {
            s.append("        return x;\n");
        }
        s.append("    }\n\n");
        if (classification) {
            s.append("    /** The most probable class of one row keyed by column name. */\n");
            s.append("    public static String predictLabel(Map<String, String> row) {\n");
            s.append("        double[] p = predict(row);\n        int best = 0;\n");
            s.append("        for (int c = 1; c < p.length; c++) {\n");
            s.append("            if (p[c] > p[best]) {\n                best = c;\n");
            s.append("            }\n        }\n        return CLASSES[best];\n    }\n\n");
        }
        s.append("    private static double[] features(String[] row) {\n");
        s.append("        double[] f = new double[OFFSETS.length];\n");
        s.append("        int at = 0;\n");
        s.append("        for (int i = 0; i < INPUTS.length; i++) {\n");
        s.append("            String text = row[i] == null ? \"\" : row[i].trim();\n");
        s.append("            boolean missing = MISSING.contains(text.toLowerCase(Locale.ROOT));\n");
        s.append("            if (missing && !CAN_FILL) {\n");
        s.append("                throw new IllegalArgumentException(INPUTS[i] + \" is missing\");\n");
        s.append("            }\n");
        s.append("            if (NUMERIC[i]) {\n");
        s.append("                f[at++] = missing ? FILL[i] : number(INPUTS[i], text);\n");
        s.append("                continue;\n            }\n");
        s.append("            int category = missing ? FILL_CATEGORY[i] : category(i, text);\n");
        s.append("            if (category >= 0) {\n                f[at + category] = 1;\n");
        s.append("            }\n            at += CATEGORIES[i].length;\n        }\n");
        for (DerivedFeature d : pipeline.derived()) {
            String a = "f[" + d.first() + "]";
            String b = "f[" + d.second() + "]";
            s.append("        f[at++] = ").append(switch (d.kind()) {
                case SQUARE -> a + " * " + a;
                case PRODUCT -> a + " * " + b;
                case SINE -> "Math.sin(" + a + ")";
            }).append(";\n");
        }
        s.append("        for (int j = 0; j < f.length; j++) {\n");
        s.append("            f[j] = (f[j] - OFFSETS[j]) / DIVISORS[j];\n        }\n");
        s.append("        return f;\n    }\n\n");
        s.append("    private static double number(String column, String text) {\n");
        s.append("        try {\n            return Double.parseDouble(text);\n");
        s.append("        } catch (NumberFormatException e) {\n");
        s.append("            throw new IllegalArgumentException(column + \" must be a number, not \\\"\"")
                .append(" + text + \"\\\"\");\n        }\n    }\n\n");
        s.append("    private static int category(int input, String text) {\n");
        s.append("        String[] known = CATEGORIES[input];\n");
        s.append("        String canonical = text;\n        try {\n");
        s.append("            double v = Double.parseDouble(text);\n");
        s.append("            canonical = v == Math.rint(v) && Math.abs(v) < 1e15")
                .append(" ? Long.toString((long) v) : Double.toString(v);\n");
        s.append("        } catch (NumberFormatException e) {\n");
        s.append("            canonical = text;\n        }\n");
        s.append("        for (int c = 0; c < known.length; c++) {\n");
        s.append("            if (known[c].equals(text) || known[c].equals(canonical)) {\n");
        s.append("                return c;\n            }\n        }\n");
        s.append("        throw new IllegalArgumentException(INPUTS[input] + \": unknown category \\\"\"")
                .append(" + text + \"\\\"\");\n    }\n\n");
        s.append("    private static double sigmoid(double z) {\n");
        s.append("        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));\n");
        s.append("    }\n\n");
        s.append("    private static float[] decode(String[] chunks) {\n");
        s.append("        byte[] bytes = Base64.getDecoder().decode(String.join(\"\", chunks));\n");
        s.append("        float[] out = new float[bytes.length / 4];\n");
        s.append("        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()")
                .append(".get(out);\n");
        s.append("        return out;\n    }\n}\n");
        return s.toString();
    }

    /**
     * The source of a Python module with {@code predict(rows)}: rows are dicts keyed by column
     * name or sequences in schema order; it returns a numpy array with one row per input of
     * class probabilities or predicted values.
     */
    public static String pythonSource(ModelBundle bundle) {
        FittedPipeline pipeline = bundle.pipeline();
        ModelSpec spec = bundle.spec();
        ParameterLayout layout = new ParameterLayout(spec);
        boolean classification = pipeline.target().task() == TaskKind.CLASSIFICATION;
        StringBuilder s = new StringBuilder();
        s.append("\"\"\"Predicts ").append(pipeline.target().column())
                .append(" from raw inputs; exported by DeepDesk ").append(ModelBundle.appVersion())
                .append(".\n\nInputs, in order: ").append(String.join(", ",
                        pipeline.inputColumns()))
                .append(".\nValues are text or numbers; empty, NA, N/A, null, NaN, ? or - means"
                        + " missing.\n\"\"\"\nimport base64\nimport math\n\nimport numpy as np\n\n");
        s.append("INPUTS = [").append(literals(pipeline.inputColumns())).append("]\n");
        if (classification) {
            s.append("CLASSES = [").append(literals(pipeline.target().classNames()))
                    .append("]\n");
        }
        s.append("_MISSING = {").append(MISSING).append("}\n");
        s.append("_NUMERIC = [").append(pipeline.inputs().stream()
                .map(i -> i.kind() == InputKind.NUMERIC ? "True" : "False")
                .collect(Collectors.joining(", "))).append("]\n");
        s.append("_FILL = [").append(pipeline.inputs().stream().map(i -> pyDouble(i.fill()))
                .collect(Collectors.joining(", "))).append("]\n");
        s.append("_FILL_CATEGORY = [").append(pipeline.inputs().stream()
                .map(i -> String.valueOf(i.fillCategory())).collect(Collectors.joining(", ")))
                .append("]\n");
        s.append("_CATEGORIES = [").append(pipeline.inputs().stream()
                .map(i -> "[" + literals(i.categories()) + "]")
                .collect(Collectors.joining(", "))).append("]\n");
        s.append("_CAN_FILL = ").append(pipeline.missingValues() != MissingValues.DROP_ROWS
                ? "True" : "False").append("\n");
        s.append("_OFFSETS = np.array([").append(pyDoubles(pipeline.offsets()))
                .append("])\n");
        s.append("_DIVISORS = np.array([").append(pyDoubles(pipeline.divisors()))
                .append("])\n");
        s.append("_WEIGHTS = np.frombuffer(base64.b64decode(\n");
        for (String chunk : chunks(bundle.weights())) {
            s.append("    \"").append(chunk).append("\"\n");
        }
        s.append("), dtype=\"<f4\").astype(np.float64)\n");
        s.append("_LAYERS = [");
        List<String> layers = new ArrayList<>();
        for (int l = 0; l < layout.layerCount(); l++) {
            Activation activation = l < spec.hidden().size() ? spec.hidden().get(l).activation()
                    : outputActivation(spec.output());
            String name = l == layout.layerCount() - 1 && spec.output() == OutputKind.SOFTMAX
                    ? "SOFTMAX" : activation.name();
            layers.add("(" + layout.weightOffset(l) + ", " + layout.inputs(l) + ", "
                    + layout.units(l) + ", \"" + name + "\")");
        }
        s.append(String.join(", ", layers)).append("]\n\n\n");
        s.append("""
                def _missing(value):
                    return value is None or (isinstance(value, float) and math.isnan(value)) \\
                        or str(value).strip().lower() in _MISSING


                def _category(i, value):
                    text = str(value).strip()
                    try:
                        v = float(text)
                        canonical = str(int(v)) if v == int(v) and abs(v) < 1e15 else repr(v)
                    except (ValueError, OverflowError):
                        canonical = text
                    for c, known in enumerate(_CATEGORIES[i]):
                        if known == text or known == canonical:
                            return c
                    raise ValueError("%s: unknown category %r" % (INPUTS[i], text))


                def _features(row):
                    values = [row.get(name) for name in INPUTS] if isinstance(row, dict) else list(row)
                    if len(values) != len(INPUTS):
                        raise ValueError("expected %d values, got %d" % (len(INPUTS), len(values)))
                    f = []
                    for i, value in enumerate(values):
                        missing = _missing(value)
                        if missing and not _CAN_FILL:
                            raise ValueError("%s is missing" % INPUTS[i])
                        if _NUMERIC[i]:
                            if missing:
                                f.append(_FILL[i])
                            else:
                                try:
                                    f.append(float(str(value).strip()))
                                except ValueError:
                                    raise ValueError("%s must be a number, not %r" % (INPUTS[i], value))
                            continue
                        block = [0.0] * len(_CATEGORIES[i])
                        c = _FILL_CATEGORY[i] if missing else _category(i, value)
                        if c >= 0:
                            block[c] = 1.0
                        f.extend(block)
                """);
        for (DerivedFeature d : pipeline.derived()) {
            String a = "f[" + d.first() + "]";
            String b = "f[" + d.second() + "]";
            s.append("    f.append(").append(switch (d.kind()) {
                case SQUARE -> a + " * " + a;
                case PRODUCT -> a + " * " + b;
                case SINE -> "math.sin(" + a + ")";
            }).append(")\n");
        }
        s.append("    return f\n\n\n");
        s.append("""
                def _activate(kind, z):
                    if kind == "LINEAR":
                        return z
                    if kind == "RELU":
                        return np.maximum(z, 0)
                    if kind == "LEAKY_RELU":
                        return np.where(z > 0, z, 0.01 * z)
                    if kind == "ELU":
                        return np.where(z > 0, z, np.expm1(np.minimum(z, 0)))
                    if kind == "GELU":
                        return 0.5 * z * (1 + np.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z ** 3)))
                    if kind == "TANH":
                        return np.tanh(z)
                    if kind == "SIGMOID":
                        return 1 / (1 + np.exp(-z))
                    if kind == "SOFTPLUS":
                        return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))
                    if kind == "SINE":
                        return np.sin(z)
                    if kind == "SOFTMAX":
                        e = np.exp(z - z.max(axis=1, keepdims=True))
                        return e / e.sum(axis=1, keepdims=True)
                    raise ValueError(kind)


                def predict(rows):
                """);
        s.append("    \"\"\"").append(classification
                ? "Class probabilities, one row per input, in the order of CLASSES."
                : "Predicted values, one row per input.").append("\"\"\"\n");
        s.append("""
                    x = (np.array([_features(row) for row in rows], dtype=np.float64) - _OFFSETS) / _DIVISORS
                    for offset, n_in, n_out, kind in _LAYERS:
                        w = _WEIGHTS[offset:offset + n_in * n_out].reshape(n_in, n_out)
                        b = _WEIGHTS[offset + n_in * n_out:offset + n_in * n_out + n_out]
                        x = _activate(kind, x @ w + b)
                """);
        if (classification && spec.outputWidth() == 1) {
            String p = spec.output() == OutputKind.TANH ? "(1 + x[:, 0]) / 2" : "x[:, 0]";
            s.append("    p = np.clip(").append(p).append(", 0, 1)\n");
            s.append("    return np.stack([1 - p, p], axis=1)\n");
        } else {
            s.append("    return x\n");
        }
        if (classification) {
            s.append("\n\ndef predict_label(rows):\n");
            s.append("    \"\"\"The most probable class of each input.\"\"\"\n");
            s.append("    return [CLASSES[i] for i in predict(rows).argmax(axis=1)]\n");
        }
        return s.toString();
    }

    private static Activation outputActivation(OutputKind output) {
        return switch (output) {
            case LINEAR, SOFTMAX -> Activation.LINEAR;
            case SIGMOID -> Activation.SIGMOID;
            case TANH -> Activation.TANH;
        };
    }

    private static String javaActivation(Activation activation, String z) {
        return switch (activation) {
            case LINEAR -> z;
            case RELU -> "Math.max(" + z + ", 0)";
            case LEAKY_RELU -> z + " > 0 ? " + z + " : 0.01 * " + z;
            case ELU -> z + " > 0 ? " + z + " : Math.expm1(" + z + ")";
            case GELU -> "0.5 * " + z + " * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (" + z
                    + " + 0.044715 * " + z + " * " + z + " * " + z + ")))";
            case TANH -> "Math.tanh(" + z + ")";
            case SIGMOID -> "sigmoid(" + z + ")";
            case SOFTPLUS -> "Math.max(" + z + ", 0) + Math.log1p(Math.exp(-Math.abs(" + z
                    + ")))";
            case SINE -> "Math.sin(" + z + ")";
        };
    }

    private static List<String> chunks(float[] weights) {
        ByteBuffer bytes = ByteBuffer.allocate(weights.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(weights);
        String all = Base64.getEncoder().encodeToString(bytes.array());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.length(); i += CHUNK) {
            out.add(all.substring(i, Math.min(all.length(), i + CHUNK)));
        }
        return out;
    }

    private static String literals(List<String> values) {
        return values.stream().map(InferenceCodeExporter::literal)
                .collect(Collectors.joining(", "));
    }

    /** A double-quoted string literal valid in both Java and Python. */
    static String literal(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static String doubles(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(javaDouble(v));
        }
        return String.join(", ", out);
    }

    private static String pyDoubles(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(pyDouble(v));
        }
        return String.join(", ", out);
    }

    private static String javaDouble(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        return Double.toString(v);
    }

    private static String pyDouble(double v) {
        if (Double.isNaN(v)) {
            return "float(\"nan\")";
        }
        return Double.toString(v);
    }

    private static String ints(ParameterLayout layout, boolean inputs) {
        List<String> out = new ArrayList<>();
        for (int l = 0; l < layout.layerCount(); l++) {
            out.add(String.valueOf(inputs ? layout.inputs(l) : layout.units(l)));
        }
        return String.join(", ", out);
    }
}
