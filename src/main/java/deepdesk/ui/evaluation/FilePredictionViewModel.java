package deepdesk.ui.evaluation;

import deepdesk.core.bundle.FilePrediction;
import deepdesk.core.bundle.FilePredictionResult;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvSniffer;
import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.TrainedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Predict a file" part of the Evaluate screen: opens a CSV file of new rows, checks it
 * against the model's training schema, predicts the rows that fit, and reports the rest. The
 * predictions export to CSV.
 *
 * <p>Threading: FX thread only. Reading and predicting run on the background executor with
 * progress and Cancel; the result comes back through the FX executor.
 */
public final class FilePredictionViewModel {

    private final ObservableValue<TrainedModel> model;
    private final ModelPredictors predictors;
    private final BackgroundWork work;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<FilePredictionResult> result =
            new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ObservableList<FilePredictionResult.Row> rows = FXCollections.observableArrayList();

    FilePredictionViewModel(ObservableValue<TrainedModel> model, ModelPredictors predictors,
                            Executor background, Executor fx) {
        this.model = model;
        this.predictors = predictors;
        this.background = background;
        this.fx = fx;
        this.work = new BackgroundWork(background, fx);
        model.addListener((o, a, b) -> clear());
    }

    /** The latest file's predictions and report, or {@code null}. */
    public ReadOnlyObjectProperty<FilePredictionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The file predicted last (or being predicted), or {@code null}. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** What went wrong, or what was just saved; empty otherwise. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The report on how the file fits the model, one finding per line. */
    public ObservableList<String> report() {
        return report;
    }

    /** The predicted rows. */
    public ObservableList<FilePredictionResult.Row> rows() {
        return rows;
    }

    /** The running job: its message, progress and whether it can be cancelled. */
    public BackgroundWork work() {
        return work;
    }

    /** Reads {@code csv} with its sniffed dialect and predicts it in the background. */
    public void predict(Path csv) {
        TrainedModel current = model.getValue();
        if (current == null) {
            return;
        }
        file.set(csv);
        status.set("");
        work.start("Predicting " + csv.getFileName(), listener -> {
            CsvDialect dialect = CsvSniffer.sniff(csv);
            return FilePrediction.run(predictors.of(current), csv, dialect, listener);
        }, done -> {
            if (model.getValue() == current) {
                show(done);
            }
        }, error -> status.set("Could not predict " + csv.getFileName() + ": " + error.getMessage()));
    }

    /** Stops the running prediction; nothing is shown for it. */
    public void cancel() {
        work.cancel();
    }

    /** Writes the predictions to a CSV file (atomically) in the background. */
    public void export(Path target) {
        FilePredictionResult current = result.get();
        if (current == null) {
            return;
        }
        background.execute(() -> {
            String message;
            try {
                current.writeCsv(target);
                message = "Saved " + current.rows().size() + " predictions to " + target.getFileName();
            } catch (IOException e) {
                message = "Could not save the predictions: " + e.getMessage();
            }
            String done = message;
            fx.execute(() -> status.set(done));
        });
    }

    private void show(FilePredictionResult done) {
        result.set(done);
        report.setAll(done.check().describe());
        rows.setAll(done.rows());
    }

    private void clear() {
        work.cancel();
        result.set(null);
        file.set(null);
        report.setAll(List.of());
        rows.clear();
        status.set("");
    }
}
