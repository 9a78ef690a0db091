package deepdesk.core.cli;

import deepdesk.core.bundle.InvalidInputException;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.Prediction;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.common.AtomicFile;
import deepdesk.core.data.Dataset;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code predict MODEL.ddmodel IN.csv [--out OUT.csv]}: predicts every row of a CSV file with the
 * model's input columns (the target may be absent) and writes the input columns followed by the
 * prediction: for regression the predicted value; for classification the predicted class and
 * the probability of each class.
 *
 * <p>Threading: runs on the caller's thread.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict every row of a CSV file with a saved model.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error or the output cannot be written",
            "2:bad input: unreadable model or file, or rows that do not fit the model"})
public final class PredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL.ddmodel", description = "the model bundle")
    Path model;

    @Parameters(index = "1", paramLabel = "IN.csv", description = "rows with the model's inputs")
    Path input;

    @Option(names = "--out", paramLabel = "OUT.csv",
            description = "write the predictions here instead of to standard output")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<List<String>> table;
        try {
            ModelBundle bundle = ModelInputs.bundle(model);
            TerminalProgress reading = new TerminalProgress(err, "reading " + input.getFileName());
            Dataset dataset = ModelInputs.csv(input, reading);
            reading.done();
            table = predict(bundle, dataset);
        } catch (UserInputException e) {
            err.println("predict: " + e.getMessage());
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                write(table, out);
                out.flush();
            } else {
                AtomicFile.write(output, out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    write(table, writer);
                    writer.flush();
                });
                err.println("predict: wrote " + (table.size() - 1) + " predictions to " + output);
                err.flush();
            }
        } catch (IOException e) {
            err.println("predict: cannot write " + output + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }

    private List<List<String>> predict(ModelBundle bundle, Dataset dataset)
            throws UserInputException {
        Predictor predictor = new Predictor(bundle);
        List<Map<String, Object>> rows = ModelInputs.rows(dataset);
        List<Prediction> predictions;
        try {
            TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(),
                    "predicting " + rows.size() + " rows");
            predictions = ModelInputs.predict(predictor, rows, progress);
            progress.done();
        } catch (InvalidInputException e) {
            throw ModelInputs.rejected(input, e);
        }
        List<String> inputs = predictor.schema().names();
        List<String> header = new ArrayList<>(inputs);
        String target = bundle.pipeline().target().column();
        List<String> outputs = predictor.outputNames();
        if (bundle.pipeline().target().classCount() > 0) {
            header.add("predicted_" + target);
            for (String name : outputs) {
                header.add("p_" + name);
            }
        } else {
            for (String name : outputs) {
                header.add("predicted_" + name);
            }
        }
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = new ArrayList<>();
            for (String name : inputs) {
                Object value = rows.get(r).get(name);
                line.add(value == null ? "" : value.toString());
            }
            Prediction p = predictions.get(r);
            if (p.isClassification()) {
                line.add(p.label());
                for (double probability : p.probabilities()) {
                    line.add(Double.toString(probability));
                }
            } else {
                for (double value : p.values()) {
                    line.add(Double.toString(value));
                }
            }
            table.add(line);
        }
        return table;
    }

    private static void write(List<List<String>> table, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        for (List<String> line : table) {
            printer.printRecord(line);
        }
        printer.flush();
    }
}
