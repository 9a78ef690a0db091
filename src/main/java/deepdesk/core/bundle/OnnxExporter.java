package deepdesk.core.bundle;

import deepdesk.core.engine.ParameterLayout;
import deepdesk.core.model.Activation;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import deepdesk.core.prep.DerivedFeature;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.InputEncoding;
import deepdesk.core.prep.InputKind;
import deepdesk.core.prep.MissingValues;
import deepdesk.core.prep.TaskKind;
import onnx.Onnx.ModelProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.StringStringEntryProto;
import onnx.Onnx.TensorProto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exports a bundled model to ONNX with its whole preparation in the graph, so that raw inputs go
 * in and predictions come out.
 *
 * <p>Graph inputs: {@value #NUMERIC_INPUT}, a float tensor {@code [N, k]} holding the numeric
 * columns in schema order (present when there is at least one), and for each categorical column
 * a string tensor {@code [N, 1]} named after the column.
 *
 * <p>Preparation steps in the graph, in order:
 * <ol>
 *   <li>missing numbers: a NaN is replaced by the training fill value ({@code IsNaN},
 *       {@code Where}); a model prepared by dropping rows with missing values has no fill, and a
 *       NaN then flows through to a NaN prediction;</li>
 *   <li>one-hot encoding: {@code ai.onnx.ml.LabelEncoder} maps each category to its index (a
 *       missing marker such as "" or "NA" to the fill category), {@code Equal} against the
 *       indices and {@code Cast} give the 0/1 block; an unseen category gives all zeros, as in
 *       DeepDesk's pipeline;</li>
 *   <li>derived features: squares and products ({@code Mul}) and sines ({@code Sin}) of the
 *       imputed, unscaled numbers;</li>
 *   <li>scaling: {@code Sub} of the offsets and {@code Div} by the divisors of every feature.</li>
 * </ol>
 * Then the dense layers ({@code MatMul}, {@code Add}, the activation) and the output.
 *
 * <p>Graph outputs: for regression {@value #PREDICTION}, float {@code [N, targets]}; for
 * classification {@value #PROBABILITIES}, float {@code [N, classes]} in class order, and
 * {@value #LABEL}, int64 {@code [N]}, the index of the most probable class. The class names are
 * in the model's metadata ({@code classes}, comma-separated).
 *
 * <p>Threading: stateless.
 */
public final class OnnxExporter {

    /** The numeric input. */
    public static final String NUMERIC_INPUT = "input";
    /** The regression output. */
    public static final String PREDICTION = "prediction";
    /** The class probability output. */
    public static final String PROBABILITIES = "probabilities";
    /** The class index output. */
    public static final String LABEL = "label";

    /** The ONNX operator set the graph uses. */
    static final int OPSET = 17;
    private static final int ML_OPSET = 2;
    private static final long IR_VERSION = 8;
    private static final Set<String> MISSING_MARKERS = Set.of("", "NA", "na", "N/A", "n/a",
            "null", "NULL", "NaN", "nan", "?", "-");
    private static final double GELU_C = Math.sqrt(2 / Math.PI);

    private OnnxExporter() {
    }

    /**
     * Writes the ONNX model of {@code bundle} to {@code file} (through a temporary file and a
     * rename).
     *
     * @throws IOException when the file cannot be written
     */
    public static void export(ModelBundle bundle, Path file) throws IOException {
        ModelProto model = toModel(bundle);
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            model.writeTo(out);
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The ONNX model of {@code bundle}. */
    public static ModelProto toModel(ModelBundle bundle) {
        FittedPipeline pipeline = bundle.pipeline();
        ModelSpec spec = bundle.spec();
        OnnxGraph graph = new OnnxGraph("deepdesk");
        String features = preparation(graph, pipeline);
        String outputs = network(graph, spec, bundle.weights(), features);
        boolean classification = pipeline.target().task() == TaskKind.CLASSIFICATION;
        if (classification) {
            String probabilities = probabilities(graph, spec, outputs);
            graph.node("", "Identity", List.of(probabilities), PROBABILITIES);
            graph.node("", "ArgMax", List.of(probabilities), LABEL,
                    OnnxGraph.intAttribute("axis", 1), OnnxGraph.intAttribute("keepdims", 0));
            graph.output(PROBABILITIES, TensorProto.DataType.FLOAT,
                    pipeline.target().classNames().size(), "probability of each class");
            graph.output(LABEL, TensorProto.DataType.INT64, 0,
                    "index of the most probable class");
        } else {
            graph.node("", "Identity", List.of(outputs), PREDICTION);
            graph.output(PREDICTION, TensorProto.DataType.FLOAT, spec.outputWidth(),
                    "predicted " + pipeline.target().column());
        }
        ModelProto.Builder model = ModelProto.newBuilder().setIrVersion(IR_VERSION)
                .setProducerName("DeepDesk").setProducerVersion(ModelBundle.appVersion())
                .setModelVersion(1).setDocString("DeepDesk model predicting "
                        + pipeline.target().column() + " from " + String.join(", ",
                        pipeline.inputColumns()))
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("ai.onnx.ml")
                        .setVersion(ML_OPSET))
                .setGraph(graph.build());
        model.addMetadataProps(entry("target", pipeline.target().column()));
        model.addMetadataProps(entry("task", classification ? "classification"
                : "regression"));
        if (classification) {
            model.addMetadataProps(entry("classes",
                    String.join(",", pipeline.target().classNames())));
        }
        model.addMetadataProps(entry("numeric_inputs", String.join(",", numericColumns(pipeline))));
        return model.build();
    }

    /** The numeric columns, in the order of the numeric input's columns. */
    public static List<String> numericColumns(FittedPipeline pipeline) {
        return pipeline.inputs().stream().filter(i -> i.kind() == InputKind.NUMERIC)
                .map(InputEncoding::column).toList();
    }

    private static String preparation(OnnxGraph graph, FittedPipeline pipeline) {
        List<InputEncoding> inputs = pipeline.inputs();
        int numericCount = numericColumns(pipeline).size();
        String numbers = null;
        if (numericCount > 0) {
            graph.input(NUMERIC_INPUT, TensorProto.DataType.FLOAT, numericCount,
                    "numeric columns: " + String.join(", ", numericColumns(pipeline)));
            numbers = NUMERIC_INPUT;
            if (pipeline.missingValues() != MissingValues.DROP_ROWS) {
                float[] fills = new float[numericCount];
                int n = 0;
                for (InputEncoding input : inputs) {
                    if (input.kind() == InputKind.NUMERIC) {
                        fills[n++] = (float) input.fill();
                    }
                }
                String fill = graph.floats("fill", fills, 1, numericCount);
                String missing = graph.node("IsNaN", List.of(numbers));
                numbers = graph.node("Where", List.of(missing, fill, numbers));
            }
        }
        List<String> blocks = new ArrayList<>();
        int numericIndex = 0;
        for (InputEncoding input : inputs) {
            if (input.kind() == InputKind.NUMERIC) {
                String index = graph.longs("column", new long[] {numericIndex++}, 1);
                blocks.add(graph.node("Gather", List.of(numbers, index),
                        OnnxGraph.intAttribute("axis", 1)));
            } else {
                blocks.add(oneHot(graph, input));
            }
        }
        String base = blocks.size() == 1 ? blocks.get(0)
                : graph.node("Concat", blocks, OnnxGraph.intAttribute("axis", 1));
        List<String> all = new ArrayList<>(List.of(base));
        for (DerivedFeature derived : pipeline.derived()) {
            String first = column(graph, base, derived.first());
            all.add(switch (derived.kind()) {
                case SQUARE -> graph.node("Mul", List.of(first, first));
                case PRODUCT -> graph.node("Mul", List.of(first,
                        column(graph, base, derived.second())));
                case SINE -> graph.node("Sin", List.of(first));
            });
        }
        String unscaled = all.size() == 1 ? base
                : graph.node("Concat", all, OnnxGraph.intAttribute("axis", 1));
        int width = pipeline.width();
        String offsets = graph.floats("offsets", toFloats(pipeline.offsets()), 1, width);
        String divisors = graph.floats("divisors", toFloats(pipeline.divisors()), 1, width);
        return graph.node("Div", List.of(graph.node("Sub", List.of(unscaled, offsets)),
                divisors));
    }

    private static String oneHot(OnnxGraph graph, InputEncoding input) {
        graph.input(input.column(), TensorProto.DataType.STRING, 1,
                "categorical column " + input.column() + ": one of "
                        + String.join(", ", input.categories()));
        List<String> keys = new ArrayList<>(input.categories());
        List<Long> values = new ArrayList<>();
        for (int c = 0; c < keys.size(); c++) {
            values.add((long) c);
        }
        for (String marker : MISSING_MARKERS) {
            if (!keys.contains(marker)) {
                keys.add(marker);
                values.add((long) input.fillCategory());
            }
        }
        String indices = graph.node("ai.onnx.ml", "LabelEncoder", List.of(input.column()),
                input.column() + "_index", OnnxGraph.stringsAttribute("keys_strings", keys),
                OnnxGraph.intsAttribute("values_int64s", values),
                OnnxGraph.intAttribute("default_int64", -1));
        int count = input.categories().size();
        long[] range = new long[count];
        for (int c = 0; c < count; c++) {
            range[c] = c;
        }
        String categories = graph.longs("categories", range, 1, count);
        String equal = graph.node("Equal", List.of(indices, categories));
        return graph.node("Cast", List.of(equal), OnnxGraph.intAttribute("to",
                TensorProto.DataType.FLOAT_VALUE));
    }

    private static String column(OnnxGraph graph, String matrix, int index) {
        String at = graph.longs("feature", new long[] {index}, 1);
        return graph.node("Gather", List.of(matrix, at), OnnxGraph.intAttribute("axis", 1));
    }

    private static String network(OnnxGraph graph, ModelSpec spec, float[] weights,
                                  String input) {
        ParameterLayout layout = new ParameterLayout(spec);
        String h = input;
        for (int l = 0; l < layout.layerCount(); l++) {
            int in = layout.inputs(l);
            int out = layout.units(l);
            float[] w = new float[in * out];
            System.arraycopy(weights, layout.weightOffset(l), w, 0, w.length);
            float[] b = new float[out];
            System.arraycopy(weights, layout.biasOffset(l), b, 0, out);
            String z = graph.node("Add", List.of(graph.node("MatMul", List.of(h,
                    graph.floats("W" + l, w, in, out))), graph.floats("b" + l, b, out)));
            h = l < spec.hidden().size() ? activation(graph, spec.hidden().get(l).activation(), z)
                    : output(graph, spec.output(), z);
        }
        return h;
    }

    private static String activation(OnnxGraph graph, Activation activation, String z) {
        return switch (activation) {
            case LINEAR -> z;
            case RELU -> graph.node("Relu", List.of(z));
            case LEAKY_RELU -> graph.node("LeakyRelu", List.of(z),
                    OnnxGraph.floatAttribute("alpha", 0.01f));
            case ELU -> graph.node("Elu", List.of(z), OnnxGraph.floatAttribute("alpha", 1f));
            case GELU -> gelu(graph, z);
            case TANH -> graph.node("Tanh", List.of(z));
            case SIGMOID -> graph.node("Sigmoid", List.of(z));
            case SOFTPLUS -> graph.node("Softplus", List.of(z));
            case SINE -> graph.node("Sin", List.of(z));
        };
    }

    /** GELU in its tanh approximation, as the engine computes it. */
    private static String gelu(OnnxGraph graph, String z) {
        String cube = graph.node("Mul", List.of(graph.node("Mul", List.of(z, z)), z));
        String inner = graph.node("Add", List.of(z, graph.node("Mul", List.of(cube,
                scalar(graph, 0.044715f)))));
        String t = graph.node("Tanh", List.of(graph.node("Mul", List.of(inner,
                scalar(graph, (float) GELU_C)))));
        String onePlus = graph.node("Add", List.of(t, scalar(graph, 1f)));
        return graph.node("Mul", List.of(graph.node("Mul", List.of(z, onePlus)),
                scalar(graph, 0.5f)));
    }

    private static String output(OnnxGraph graph, OutputKind kind, String z) {
        return switch (kind) {
            case LINEAR -> z;
            case SIGMOID -> graph.node("Sigmoid", List.of(z));
            case SOFTMAX -> graph.node("Softmax", List.of(z), OnnxGraph.intAttribute("axis", -1));
            case TANH -> graph.node("Tanh", List.of(z));
        };
    }

    private static String probabilities(OnnxGraph graph, ModelSpec spec, String outputs) {
        if (spec.outputWidth() > 1) {
            return outputs;
        }
        String p = outputs;
        if (spec.output() == OutputKind.TANH) {
            p = graph.node("Mul", List.of(graph.node("Add", List.of(outputs,
                    scalar(graph, 1f))), scalar(graph, 0.5f)));
        }
        String complement = graph.node("Sub", List.of(scalar(graph, 1f), p));
        return graph.node("Concat", List.of(complement, p), OnnxGraph.intAttribute("axis", 1));
    }

    private static String scalar(OnnxGraph graph, float value) {
        return graph.floats(String.format(Locale.ROOT, "c%s", value).replace('.', '_')
                .replace('-', 'm'), new float[] {value});
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
