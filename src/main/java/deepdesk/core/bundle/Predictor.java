package deepdesk.core.bundle;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.evaluation.SplitPredictions;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.PreparationException;
import deepdesk.core.prep.TaskKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;

/**
 * Turns raw inputs into predictions with a bundled model: checks every input against the
 * {@link InputSchema}, runs the fitted pipeline and the network over the whole batch in one
 * pass, and reads values (regression) or class labels with probabilities (classification).
 *
 * <p>An input is a map from raw column name to value, or a list of values in schema order. A
 * value is text, a number, or {@code null}. An absent column is a problem; an empty value
 * ({@code null}, "", NA, N/A, null, NaN, ?, -) is missing and filled as in training, unless the
 * model was prepared by dropping such rows. Columns the model does not read are ignored.
 *
 * <p>Threading: thread-safe; concurrent calls run in parallel, each on a network of its own
 * taken from a small pool.
 */
public final class Predictor {

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "null", "nan", "?", "-");
    private static final int NETWORK_BATCH = 128;

    private final ModelBundle bundle;
    private final FittedPipeline pipeline;
    private final ModelSpec spec;
    private final List<InputColumn> columns;
    private final List<Map<String, String>> categoryLookup;
    private final ConcurrentLinkedDeque<Network> networks = new ConcurrentLinkedDeque<>();

    /** A predictor for the model in {@code bundle}. */
    public Predictor(ModelBundle bundle) {
        this.bundle = bundle;
        this.pipeline = bundle.pipeline();
        this.spec = bundle.spec();
        this.columns = bundle.schema().columns();
        this.categoryLookup = new ArrayList<>();
        for (InputColumn column : columns) {
            Map<String, String> lookup = new HashMap<>();
            for (String category : column.categories()) {
                lookup.put(category, category);
            }
            categoryLookup.add(lookup);
        }
    }

    /** The bundle it predicts with. */
    public ModelBundle bundle() {
        return bundle;
    }

    /** The raw input columns, in the order of the array form. */
    public InputSchema schema() {
        return bundle.schema();
    }

    /** Classification or regression. */
    public TaskKind task() {
        return pipeline.target().task();
    }

    /**
     * What each prediction holds: for classification the class names (one probability each);
     * for regression the target column's name (one value per output).
     */
    public List<String> outputNames() {
        if (task() == TaskKind.CLASSIFICATION) {
            return pipeline.target().classNames();
        }
        if (spec.outputWidth() == 1) {
            return List.of(pipeline.target().column());
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < spec.outputWidth(); i++) {
            names.add(pipeline.target().column() + "[" + i + "]");
        }
        return names;
    }

    /**
     * Predicts inputs keyed by raw column name.
     *
     * @throws InvalidInputException listing every problem of every input; nothing is predicted
     */
    public List<Prediction> predict(List<? extends Map<String, ?>> inputs)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Map<String, String>> rows = normaliseKeyed(inputs, problems);
        return run(rows, problems);
    }

    /**
     * Predicts the inputs keyed by raw column name that fit the schema, and reports every
     * problem of the others: one bad input does not stop the rest.
     */
    public PartialPrediction predictValid(List<? extends Map<String, ?>> inputs) {
        List<InputProblem> problems = new ArrayList<>();
        List<Map<String, String>> rows = normaliseKeyed(inputs, problems);
        boolean[] rejected = new boolean[rows.size()];
        for (InputProblem problem : problems) {
            rejected[problem.row()] = true;
        }
        List<Map<String, String>> valid = new ArrayList<>(rows.size());
        int[] predicted = new int[rows.size()];
        int count = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (!rejected[r]) {
                valid.add(rows.get(r));
                predicted[count++] = r;
            }
        }
        List<Prediction> predictions = valid.isEmpty() ? List.of()
                : predictFeatures(pipeline.transformRaw(valid), valid.size());
        return new PartialPrediction(Arrays.copyOf(predicted, count), predictions, problems);
    }

    private List<Map<String, String>> normaliseKeyed(List<? extends Map<String, ?>> inputs,
                                                     List<InputProblem> problems) {
        List<Map<String, String>> rows = new ArrayList<>(inputs.size());
        for (int r = 0; r < inputs.size(); r++) {
            Map<String, ?> input = inputs.get(r);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                InputColumn column = columns.get(i);
                if (input == null || !input.containsKey(column.name())) {
                    problems.add(new InputProblem(r, column.name(),
                            InputProblem.Kind.MISSING_COLUMN, "", "the column is missing"));
                    continue;
                }
                row.put(column.name(), normalise(r, i, input.get(column.name()), problems));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Predicts inputs given as lists of values in schema order.
     *
     * @throws InvalidInputException listing every problem of every input; nothing is predicted
     */
    public List<Prediction> predictArrays(List<? extends List<?>> inputs)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>(inputs.size());
        for (int r = 0; r < inputs.size(); r++) {
            List<?> input = inputs.get(r);
            Map<String, String> row = new LinkedHashMap<>();
            if (input == null || input.size() != columns.size()) {
                problems.add(new InputProblem(r, "*", InputProblem.Kind.WRONG_SHAPE, "", "expected " + columns.size()
                        + " values in the order " + String.join(", ", schema().names())
                        + ", got " + (input == null ? "none" : input.size())));
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i).name(), normalise(r, i, input.get(i), problems));
                }
            }
            rows.add(row);
        }
        return run(rows, problems);
    }

    private List<Prediction> run(List<Map<String, String>> rows, List<InputProblem> problems)
            throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        float[] features;
        try {
            features = pipeline.transformRaw(rows);
        } catch (PreparationException e) {
            // every value was checked above; this is a safety net with the pipeline's words
            throw new InvalidInputException(List.of(new InputProblem(0, "*",
                    InputProblem.Kind.WRONG_SHAPE, "", e.getMessage())));
        }
        return predictFeatures(features, rows.size());
    }

    /**
     * Predicts rows that are already prepared features, in the pipeline's feature order.
     *
     * @param features row-major, {@code rows x pipeline width}
     * @param rows     the number of rows
     */
    public List<Prediction> predictFeatures(float[] features, int rows) {
        float[] outputs = new float[rows * spec.outputWidth()];
        Network network = networks.pollFirst();
        if (network == null) {
            network = Network.create(spec, BackendKind.JAVA, NETWORK_BATCH, 0);
            network.setParameters(bundle.weights());
        }
        try {
            network.predict(features, rows, outputs);
        } finally {
            networks.offerFirst(network);
        }
        SplitPredictions read = SplitPredictions.fromOutputs(spec, outputs, rows,
                task() == TaskKind.CLASSIFICATION);
        List<Prediction> out = new ArrayList<>(rows);
        List<String> classes = pipeline.target().classNames();
        for (int r = 0; r < rows; r++) {
            if (read.isClassification()) {
                int best = read.predictedClass(r);
                out.add(new Prediction(new double[0], classes.get(best), best, read.probabilitiesOf(r)));
            } else {
                double[] values = new double[read.valueWidth()];
                for (int j = 0; j < values.length; j++) {
                    values[j] = read.value(r, j);
                }
                out.add(new Prediction(values, null, -1, new double[0]));
            }
        }
        return out;
    }

    /** The value as the pipeline reads it ("" when missing), or null with a problem added. */
    private String normalise(int row, int index, Object value, List<InputProblem> problems) {
        InputColumn column = columns.get(index);
        if (isMissing(value)) {
            if (!column.missingAllowed()) {
                problems.add(new InputProblem(row, column.name(),
                        InputProblem.Kind.MISSING_VALUE, "", "a value is required: the"
                        + " model was prepared by dropping rows with missing values"));
                return null;
            }
            return "";
        }
        if (column.kind() == ValueKind.NUMBER) {
            double number = number(value);
            if (Double.isNaN(number)) {
                problems.add(new InputProblem(row, column.name(),
                        InputProblem.Kind.WRONG_TYPE, String.valueOf(value), "must be a number, not "
                        + describe(value)));
                return null;
            }
            return Double.toString(number);
        }
        String text = categoryText(value);
        if (text == null) {
            problems.add(new InputProblem(row, column.name(),
                    InputProblem.Kind.WRONG_TYPE, String.valueOf(value), "must be text or a number, not "
                    + describe(value)));
            return null;
        }
        Map<String, String> lookup = categoryLookup.get(index);
        String category = lookup.get(text);
        if (category == null) {
            category = lookup.get(canonicalNumber(text));
        }
        if (category == null) {
            problems.add(new InputProblem(row, column.name(),
                    InputProblem.Kind.UNKNOWN_CATEGORY, text, "unknown category \"" + text
                    + "\"; the model knows " + column.categories().stream()
                    .map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))));
            return null;
        }
        return category;
    }

    private static boolean isMissing(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return MISSING.contains(text.trim().toLowerCase(Locale.ROOT));
        }
        return value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN();
    }

    private static double number(Object value) {
        if (value instanceof Number n && !(value instanceof BigDecimal)) {
            double v = n.doubleValue();
            return Double.isFinite(v) ? v : Double.NaN;
        }
        if (value instanceof BigDecimal || value instanceof String) {
            try {
                double v = Double.parseDouble(value.toString().trim());
                return Double.isFinite(v) ? v : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String categoryText(Object value) {
        if (value instanceof String text) {
            return text.trim();
        }
        if (value instanceof Number) {
            return canonicalNumber(value.toString());
        }
        return null;
    }

    /** "3" for "3.0", as numeric columns format whole numbers; other text unchanged. */
    private static String canonicalNumber(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return Double.toString(v);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof Boolean) {
            return "a boolean (" + value + ")";
        }
        if (value instanceof Map || value instanceof List) {
            return value instanceof Map ? "an object" : "an array";
        }
        return value == null ? "nothing" : value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
