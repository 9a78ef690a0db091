package deepdesk.ui.evaluation;

import deepdesk.core.common.AtomicFile;
import deepdesk.core.evaluation.ClassificationEvaluation;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.LatestResult;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.Workbench;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The state and commands of the Evaluate screen: the latest trained model judged on a chosen
 * split (the test split unless the user picks another), the confusion matrix mode, the
 * predictions table and its filter by confusion cell.
 *
 * <p>Threading: FX thread only. The model runs over the split on the background executor; the
 * newest request wins and older results are dropped.
 */
public final class EvaluationViewModel {

    private final ReadOnlyObjectWrapper<TrainedModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObjectProperty<EvaluationSplit> split =
            new SimpleObjectProperty<>(this, "split", EvaluationSplit.TEST);
    private final ReadOnlyObjectWrapper<EvaluationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty rowNormalized = new SimpleBooleanProperty(this, "rowNormalized");
    private final ReadOnlyObjectWrapper<ConfusionCell> cellFilter =
            new ReadOnlyObjectWrapper<>(this, "cellFilter");
    private final ObservableList<PredictionRow> shownRows = FXCollections.observableArrayList();
    private final LatestResult<EvaluationResult> evaluations;
    private final Executor background;
    private final Executor fx;
    private final FilePredictionViewModel filePrediction;
    private final WhatIfViewModel whatIf;
    private final CrossValidationViewModel crossValidation;

    /**
     * Creates the view model and judges the workbench's latest model, if there is one; the
     * what-if form predicts 250 ms after the user stops typing.
     *
     * @param workbench  the shared state; its latest model is the one judged
     * @param background where the model runs over the split and where files are written
     * @param fx         how results reach the FX thread ({@code Platform::runLater} in the app)
     */
    public EvaluationViewModel(Workbench workbench, Executor background, Executor fx) {
        this(workbench, Debouncer.after(Duration.millis(250)), background, fx);
    }

    /**
     * Creates the view model and judges the workbench's latest model, if there is one.
     *
     * @param workbench  the shared state; its latest model is the one judged
     * @param edits      delays the what-if prediction until typing pauses
     * @param background where the model runs over the split and where files are written
     * @param fx         how results reach the FX thread ({@code Platform::runLater} in the app)
     */
    public EvaluationViewModel(Workbench workbench, Debouncer edits, Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        this.evaluations = new LatestResult<>(background, fx);
        model.bind(workbench.latestModelProperty());
        ModelPredictors predictors = new ModelPredictors();
        this.filePrediction = new FilePredictionViewModel(model, predictors, background, fx);
        this.whatIf = new WhatIfViewModel(model, workbench.referenceRowProperty(), predictors, edits,
                background, fx);
        this.crossValidation = new CrossValidationViewModel(workbench, background, fx);
        model.addListener((o, a, b) -> evaluate());
        split.addListener((o, a, b) -> evaluate());
        evaluate();
    }

    /** "Predict a file": new rows checked against the training schema and predicted. */
    public FilePredictionViewModel filePrediction() {
        return filePrediction;
    }

    /** The what-if form. */
    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    /** k-fold cross-validation of the current configuration. */
    public CrossValidationViewModel crossValidation() {
        return crossValidation;
    }

    /** The model judged, or {@code null} before any training run has ended. */
    public ReadOnlyObjectProperty<TrainedModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The split the model is judged on; the test split by default. */
    public ObjectProperty<EvaluationSplit> splitProperty() {
        return split;
    }

    /** The latest evaluation, or {@code null} while none is ready. */
    public ReadOnlyObjectProperty<EvaluationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether an evaluation is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A message for the user: what went wrong, or what was just saved; empty otherwise. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the confusion matrix shows each true class's row as shares instead of counts. */
    public BooleanProperty rowNormalizedProperty() {
        return rowNormalized;
    }

    /** The confusion cell whose rows the table lists, or {@code null} for all rows. */
    public ReadOnlyObjectProperty<ConfusionCell> cellFilterProperty() {
        return cellFilter.getReadOnlyProperty();
    }

    /** The rows the predictions table shows: all of them, or those of the chosen cell. */
    public ObservableList<PredictionRow> shownRows() {
        return shownRows;
    }

    /** Lists only the rows of true class {@code actual} predicted as {@code predicted}. */
    public void showCell(int actual, int predicted) {
        EvaluationResult current = result.get();
        if (current == null || !current.isClassification()) {
            return;
        }
        cellFilter.set(new ConfusionCell(actual, predicted));
        refreshRows();
    }

    /** Lists every row again. */
    public void showAllRows() {
        cellFilter.set(null);
        refreshRows();
    }

    /** Runs the model over the chosen split again. */
    public void evaluate() {
        TrainedModel current = model.get();
        EvaluationSplit chosen = split.get();
        cellFilter.set(null);
        if (current == null) {
            evaluations.cancel();
            busy.set(false);
            result.set(null);
            refreshRows();
            return;
        }
        busy.set(true);
        status.set("");
        evaluations.submit(listener -> EvaluationResult.compute(current, chosen, listener),
                done -> {
                    busy.set(false);
                    result.set(done);
                    refreshRows();
                },
                error -> {
                    busy.set(false);
                    result.set(null);
                    refreshRows();
                    status.set("The model could not be evaluated: " + error.getMessage());
                });
    }

    /**
     * Writes the rows the table shows to a CSV file on the background executor; the status
     * says when it is done or why it failed.
     */
    public void exportPredictions(Path file) {
        EvaluationResult current = result.get();
        if (current == null) {
            return;
        }
        List<PredictionRow> rows = new ArrayList<>(shownRows);
        background.execute(() -> {
            String message;
            try {
                writeCsv(current, rows, file);
                message = "Saved " + rows.size() + " predictions to " + file.getFileName();
            } catch (IOException e) {
                message = "Could not save the predictions: " + e.getMessage();
            }
            String done = message;
            fx.execute(() -> status.set(done));
        });
    }

    /**
     * Writes {@code rows} as CSV, atomically (a temporary file renamed into place): the dataset row number, the inputs, the target, the prediction,
     * and per class a probability or the error. Called on a background thread.
     */
    static void writeCsv(EvaluationResult result, List<PredictionRow> rows, Path file) throws IOException {
        String target = result.model().prepared().targetName();
        List<String> header = new ArrayList<>();
        header.add("row");
        header.addAll(result.inputNames());
        header.add(target);
        header.add("predicted " + target);
        if (result.isClassification()) {
            for (String c : result.classNames()) {
                header.add("P(" + c + ")");
            }
        } else {
            header.add("error");
        }
        AtomicFile.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writeLine(out, header);
            for (PredictionRow row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(row.datasetRow()));
                cells.addAll(row.inputs());
                cells.add(row.actual());
                cells.add(row.predicted());
                if (result.isClassification()) {
                    for (double p : row.probabilities()) {
                        cells.add(String.format(Locale.ROOT, "%.6g", p));
                    }
                } else {
                    cells.add(String.format(Locale.ROOT, "%.6g", row.score()));
                }
                writeLine(out, cells);
            }
            out.flush();
        });
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write('\n');
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private void refreshRows() {
        EvaluationResult current = result.get();
        if (current == null) {
            shownRows.clear();
            return;
        }
        ConfusionCell cell = cellFilter.get();
        if (cell == null) {
            shownRows.setAll(current.rows());
            return;
        }
        String actual = current.classNames().get(cell.actual());
        String predicted = current.classNames().get(cell.predicted());
        shownRows.setAll(current.rows().stream()
                .filter(r -> r.actual().equals(actual) && r.predicted().equals(predicted))
                .toList());
    }

    /** Whether the judged model classifies; {@code false} while there is no result. */
    public boolean isClassification() {
        return result.get() != null && result.get().evaluation() instanceof ClassificationEvaluation;
    }
}
