package deepdesk.ui.builder;

import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import deepdesk.core.prep.Scaling;
import deepdesk.core.training.TrainingConfig;
import deepdesk.ui.common.DisplayNames;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analyser's verdict on a network for the prepared data, in the manner of MATLAB's
 * analyzeNetwork: each layer's output shape and parameter count, the total, and plain-language
 * warnings about the combination of network and data.
 *
 * <p>Threading: immutable.
 *
 * @param rows            one row per layer, the input first
 * @param totalParameters all weights and biases
 * @param warnings        remarks, warnings first
 */
public record NetworkAnalysis(List<AnalysisRow> rows, long totalParameters, List<AnalysisWarning> warnings) {

    /** More parameters than this many per training row is called "can memorise". */
    static final int PARAMETERS_PER_ROW = 10;
    /** Hidden layers counted as a deep network. */
    static final int DEEP = 5;
    /** Units counted as a wide layer. */
    static final int WIDE = 256;
    /** Training rows below which a deep or wide network is called oversized. */
    static final int TINY_DATA = 1000;
    /** A feature further than this from zero is called unscaled. */
    static final double LARGE_VALUE = 20;

    /** Copies the lists. */
    public NetworkAnalysis {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** Analyses {@code config} for data described by {@code data}. */
    static NetworkAnalysis of(TrainingConfig config, DataProfile data) {
        ModelSpec spec = config.model();
        List<AnalysisRow> rows = new ArrayList<>();
        rows.add(new AnalysisRow("Input", inputKind(data), "N × " + spec.inputWidth(), "", "", 0));
        for (int l = 0; l < spec.layerCount(); l++) {
            int in = spec.inputWidthOf(l);
            int out = spec.unitsOf(l);
            boolean output = l == spec.hidden().size();
            String kind;
            if (output) {
                kind = DisplayNames.of(spec.output()) + " · loss " + DisplayNames.shortOf(spec.loss());
            } else {
                LayerSpec layer = spec.hidden().get(l);
                kind = DisplayNames.of(layer.activation())
                        + (layer.dropout() > 0 ? " · dropout " + number(layer.dropout()) : "");
            }
            rows.add(new AnalysisRow(output ? "Output" : "Hidden " + (l + 1), kind, "N × " + out,
                    in + "×" + out, Integer.toString(out), (long) (in + 1) * out));
        }
        long total = rows.stream().mapToLong(AnalysisRow::parameters).sum();
        List<AnalysisWarning> remarks = new ArrayList<>();
        addDataRemarks(remarks, data, spec);
        addSizeRemarks(remarks, data, spec, total);
        addTrainingRemarks(remarks, data, config);
        remarks.sort((a, b) -> b.severity().compareTo(a.severity()));
        return new NetworkAnalysis(rows, total, remarks);
    }

    private static String inputKind(DataProfile data) {
        return data.inputColumns() + (data.inputColumns() == 1 ? " column" : " columns")
                + (data.categoricalColumns() > 0 ? ", " + data.categoricalColumns() + " one-hot" : "")
                + (data.derivedFeatures() > 0 ? ", " + data.derivedFeatures() + " derived" : "");
    }

    private static void addDataRemarks(List<AnalysisWarning> remarks, DataProfile data, ModelSpec spec) {
        if (data.categoricalColumns() > 0) {
            remarks.add(AnalysisWarning.note(String.format(Locale.ROOT,
                    "%d input features after one-hot encoding: %d categorical %s became %d features.",
                    spec.inputWidth(), data.categoricalColumns(),
                    data.categoricalColumns() == 1 ? "column" : "columns", data.oneHotFeatures())));
        }
        if (data.wholeTargetValues() >= 2 && spec.output() == OutputKind.LINEAR) {
            remarks.add(AnalysisWarning.warning(String.format(Locale.ROOT,
                    "The target '%s' has only %d distinct whole values, like classes, but it is treated as a"
                            + " number and the loss is %s. If these are classes, set the task to"
                            + " classification on the Data screen.",
                    data.targetName(), data.wholeTargetValues(), DisplayNames.of(spec.loss()))));
        }
        int largest = -1;
        for (int j = 0; j < data.low().length; j++) {
            double size = Math.max(Math.abs(data.low()[j]), Math.abs(data.high()[j]));
            if (data.continuous()[j] && size > LARGE_VALUE
                    && (largest < 0 || size > Math.max(Math.abs(data.low()[largest]), Math.abs(data.high()[largest])))) {
                largest = j;
            }
        }
        if (largest >= 0) {
            String name = data.shape().featureNames().get(largest);
            remarks.add(AnalysisWarning.warning(String.format(Locale.ROOT,
                    "Inputs are not on a common scale: '%s' ranges from %s to %s. Large inputs saturate"
                            + " tanh and sigmoid units and make learning slow or unstable; %s",
                    name, number(data.low()[largest]), number(data.high()[largest]),
                    data.scaling() == Scaling.NONE ? "choose z-score scaling on the Data screen."
                            : "check the scaling on the Data screen.")));
        }
    }

    private static void addSizeRemarks(List<AnalysisWarning> remarks, DataProfile data, ModelSpec spec, long total) {
        int rows = data.trainRows();
        if (total > (long) PARAMETERS_PER_ROW * rows) {
            remarks.add(AnalysisWarning.warning(String.format(Locale.ROOT,
                    "%,d parameters for %,d training rows: the network can memorise the rows instead of"
                            + " learning from them. Use fewer or narrower layers, or add dropout or L2.",
                    total, rows)));
        }
        int depth = spec.hidden().size();
        if (depth >= DEEP && rows < TINY_DATA) {
            remarks.add(AnalysisWarning.warning(String.format(Locale.ROOT,
                    "A very deep network (%d hidden layers) for %,d training rows: it will be slow to train"
                            + " and likely to over-fit. Two or three layers are usually enough for tabular data.",
                    depth, rows)));
        }
        int widest = spec.hidden().stream().mapToInt(LayerSpec::units).max().orElse(0);
        if (widest >= WIDE && rows < TINY_DATA) {
            remarks.add(AnalysisWarning.warning(String.format(Locale.ROOT,
                    "A very wide layer (%d units) for %,d training rows: it is likely to over-fit.",
                    widest, rows)));
        }
        if (spec.initializer() == Initializer.ZEROS && depth > 0) {
            remarks.add(AnalysisWarning.warning("Every weight starts at zero, so all units of a layer get the"
                    + " same gradient and stay identical: the hidden layers cannot learn different features."));
        }
        if (depth > 0 && spec.hidden().stream().allMatch(l -> l.activation() == Activation.LINEAR)) {
            remarks.add(AnalysisWarning.note("Every hidden layer is linear, so the whole network is still a"
                    + " linear model. Pick a non-linear activation such as ReLU or tanh to learn curves."));
        }
        long sigmoids = spec.hidden().stream().filter(l -> l.activation() == Activation.SIGMOID).count();
        if (sigmoids >= 3) {
            remarks.add(AnalysisWarning.note(sigmoids + " sigmoid layers: gradients shrink through each of"
                    + " them, so the first layers learn slowly. ReLU or tanh keeps gradients larger."));
        }
        if (data.shape().isMultiClass()) {
            for (int l = 0; l < depth; l++) {
                if (spec.hidden().get(l).units() < data.shape().classes()) {
                    remarks.add(AnalysisWarning.note(String.format(Locale.ROOT,
                            "Hidden layer %d has %d units for %d classes: such a narrow layer can make"
                                    + " classes hard to tell apart.",
                            l + 1, spec.hidden().get(l).units(), data.shape().classes())));
                    break;
                }
            }
        }
    }

    private static void addTrainingRemarks(List<AnalysisWarning> remarks, DataProfile data, TrainingConfig config) {
        if (config.batchSize() > data.trainRows()) {
            remarks.add(AnalysisWarning.note(String.format(Locale.ROOT,
                    "The batch size %d is larger than the %,d training rows, so each step uses every row"
                            + " (full-batch gradient descent).",
                    config.batchSize(), data.trainRows())));
        }
        if (data.validationRows() == 0 && config.earlyStopping().enabled()) {
            remarks.add(AnalysisWarning.note("There is no validation split, so early stopping watches the"
                    + " training loss. Give the validation split a share on the Data screen to detect over-fitting."));
        }
    }

    private static String number(double value) {
        if (Math.abs(value) >= 100 && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
