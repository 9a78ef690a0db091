package deepdesk.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import deepdesk.core.bundle.InvalidInputException;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.Prediction;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.data.Dataset;
import deepdesk.core.evaluation.ClassMetrics;
import deepdesk.core.evaluation.ClassificationEvaluation;
import deepdesk.core.evaluation.Evaluation;
import deepdesk.core.evaluation.Evaluator;
import deepdesk.core.evaluation.RegressionEvaluation;
import deepdesk.core.prep.TaskKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code evaluate MODEL.ddmodel DATA.csv [--json]}: predicts every row of a CSV file that has
 * the model's input columns and its target, and prints the metrics. Rows whose target is empty
 * are skipped and counted.
 *
 * <p>Threading: runs on the caller's thread.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure a saved model on a CSV file that holds the target column.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error",
            "2:bad input: unreadable model or file, or rows that do not fit the model"})
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL.ddmodel", description = "the model bundle")
    Path model;

    @Parameters(index = "1", paramLabel = "DATA.csv",
            description = "rows with the model's input columns and its target")
    Path data;

    @Option(names = "--json", description = "print the full evaluation as one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ModelBundle bundle = ModelInputs.bundle(model);
            TerminalProgress reading = new TerminalProgress(err, "reading " + data.getFileName());
            Dataset dataset = ModelInputs.csv(data, reading);
            reading.done();
            Evaluation evaluation = evaluate(bundle, dataset);
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(evaluation));
            } else {
                print(out, evaluation);
            }
            out.flush();
            return 0;
        } catch (UserInputException e) {
            err.println("evaluate: " + e.getMessage());
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
    }

    private Evaluation evaluate(ModelBundle bundle, Dataset dataset) throws UserInputException {
        String target = bundle.pipeline().target().column();
        if (dataset.column(target).isEmpty()) {
            throw new UserInputException(data.getFileName() + " has no target column " + target);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> row : ModelInputs.rows(dataset)) {
            Object value = row.get(target);
            if (value != null) {
                rows.add(row);
                targets.add(value.toString().trim());
            }
        }
        if (rows.isEmpty()) {
            throw new UserInputException(data.getFileName() + " has no row with a target");
        }
        Predictor predictor = new Predictor(bundle);
        List<Prediction> predictions;
        try {
            TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(),
                    "predicting " + rows.size() + " rows");
            predictions = ModelInputs.predict(predictor, rows, progress);
            progress.done();
        } catch (InvalidInputException e) {
            throw ModelInputs.rejected(data, e);
        }
        if (predictor.task() == TaskKind.REGRESSION) {
            double[] actual = new double[rows.size()];
            double[] predicted = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                try {
                    actual[r] = Double.parseDouble(targets.get(r));
                } catch (NumberFormatException e) {
                    throw new UserInputException("target " + target + " of row " + (r + 1)
                            + " is not a number: " + targets.get(r));
                }
                predicted[r] = predictions.get(r).values()[0];
            }
            return Evaluator.regression(actual, predicted);
        }
        List<String> classes = predictor.outputNames();
        int[] labels = new int[rows.size()];
        double[] probabilities = new double[rows.size() * classes.size()];
        for (int r = 0; r < rows.size(); r++) {
            labels[r] = classIndex(classes, targets.get(r));
            if (labels[r] < 0) {
                throw new UserInputException("row " + (r + 1) + ": class \"" + targets.get(r)
                        + "\" is not one the model knows (" + String.join(", ", classes) + ")");
            }
            System.arraycopy(predictions.get(r).probabilities(), 0, probabilities,
                    r * classes.size(), classes.size());
        }
        return Evaluator.classification(labels, probabilities, classes);
    }

    private static int classIndex(List<String> classes, String value) {
        int index = classes.indexOf(value);
        if (index >= 0) {
            return index;
        }
        try {
            double v = Double.parseDouble(value);
            String canonical = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
            return classes.indexOf(canonical);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void print(PrintWriter out, Evaluation evaluation) {
        out.println("rows        " + evaluation.rows());
        for (Map.Entry<String, Double> metric : evaluation.headline().entrySet()) {
            out.printf(Locale.ROOT, "%-11s %.4f%n", metric.getKey(), metric.getValue());
        }
        if (evaluation instanceof RegressionEvaluation regression) {
            out.println("(MAPE over " + regression.mapeValues() + " rows with a non-zero target)");
            return;
        }
        ClassificationEvaluation classification = (ClassificationEvaluation) evaluation;
        out.println();
        out.printf(Locale.ROOT, "%-20s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1",
                "support");
        for (ClassMetrics m : classification.perClass()) {
            out.printf(Locale.ROOT, "%-20s %9.4f %9.4f %9.4f %8d%n", m.className(), m.precision(),
                    m.recall(), m.f1(), m.support());
        }
        out.printf(Locale.ROOT, "%-20s %9.4f %9.4f %9.4f%n", "macro average",
                classification.macroAverage().precision(), classification.macroAverage().recall(),
                classification.macroAverage().f1());
        out.printf(Locale.ROOT, "%-20s %9.4f %9.4f %9.4f%n", "weighted average",
                classification.weightedAverage().precision(),
                classification.weightedAverage().recall(), classification.weightedAverage().f1());
        out.println();
        out.println("confusion matrix (rows: true class, columns: predicted)");
        List<String> names = classification.classNames();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-20s", ""));
        for (String name : names) {
            header.append(String.format(Locale.ROOT, " %10.10s", name));
        }
        out.println(header);
        int[][] counts = classification.confusion().counts();
        for (int t = 0; t < names.size(); t++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20.20s",
                    names.get(t)));
            for (int p = 0; p < names.size(); p++) {
                line.append(String.format(Locale.ROOT, " %10d", counts[t][p]));
            }
            out.println(line);
        }
    }
}
