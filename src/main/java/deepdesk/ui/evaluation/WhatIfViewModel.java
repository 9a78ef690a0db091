package deepdesk.ui.evaluation;

import deepdesk.core.bundle.InputColumn;
import deepdesk.core.bundle.InputProblem;
import deepdesk.core.bundle.InvalidInputException;
import deepdesk.core.bundle.Prediction;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.bundle.ValueKind;
import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.RowSplit;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.LatestResult;
import deepdesk.ui.common.NumberLabels;
import deepdesk.ui.common.TrainedModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The what-if form of the Evaluate screen: one field per raw input column, filled with the
 * reference row (the Train screen's, when the user set one, else the first test row), and the
 * model's prediction for the values in the form, updated as the user types. A value the model
 * cannot use is marked on its field with a message; nothing is predicted until it is fixed.
 *
 * <p>Threading: FX thread only. Edits are debounced; the prediction runs on the background
 * executor and only the newest result is shown.
 */
public final class WhatIfViewModel {

    /** One class and the probability the model gives it. */
    public record ClassChance(String className, double probability) {
    }

    private final ObservableValue<TrainedModel> model;
    private final ObservableValue<Map<String, Double>> referenceRow;
    private final ModelPredictors predictors;
    private final Debouncer edits;
    private final LatestResult<Setup> setups;
    private final LatestResult<Outcome> predictions;
    private final ObservableList<WhatIfField> fields = FXCollections.observableArrayList();
    private final ObservableList<ClassChance> chances = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper prediction = new ReadOnlyStringWrapper(this, "prediction", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper(this, "target", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private Predictor predictor;

    WhatIfViewModel(ObservableValue<TrainedModel> model, ObservableValue<Map<String, Double>> referenceRow,
                    ModelPredictors predictors, Debouncer edits, Executor background, Executor fx) {
        this.model = model;
        this.referenceRow = referenceRow;
        this.predictors = predictors;
        this.edits = edits;
        this.setups = new LatestResult<>(background, fx);
        this.predictions = new LatestResult<>(background, fx);
        model.addListener((o, a, b) -> reset());
        // decision: choosing a new reference row on the Train screen is asking to look at that
        // row, so the form starts over from it, replacing values typed here.
        referenceRow.addListener((o, a, b) -> reset());
        reset();
    }

    /** The fields, one per raw input column in schema order. */
    public ObservableList<WhatIfField> fields() {
        return fields;
    }

    /** The prediction for the form's values: a class, or a number; empty while there is none. */
    public ReadOnlyStringProperty predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** For classification, every class with its probability, in class order; empty otherwise. */
    public ObservableList<ClassChance> chances() {
        return chances;
    }

    /** The target column the model predicts; empty without a model. */
    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Where the form's starting values came from, for a person to read. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Whether every value in the form can be used. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Fills the form with the reference row again and predicts it. */
    public void reset() {
        TrainedModel current = model.getValue();
        predictions.cancel();
        fields.clear();
        chances.clear();
        prediction.set("");
        source.set("");
        target.set("");
        predictor = null;
        if (current == null) {
            setups.cancel();
            return;
        }
        Map<String, Double> reference = referenceRow.getValue();
        setups.submit(listener -> setup(current, reference), this::show,
                error -> source.set("The form cannot be filled: " + error.getMessage()));
    }

    /** What the form needs, computed in the background. */
    private record Setup(Predictor predictor, List<String> initial, String source) {
    }

    private Setup setup(TrainedModel trained, Map<String, Double> reference) {
        Predictor built = predictors.of(trained);
        int row = firstRow(trained.prepared().rows());
        Dataset dataset = trained.dataset();
        List<String> initial = new ArrayList<>();
        for (InputColumn column : built.schema().columns()) {
            String value = reference == null ? null : fromReference(column, reference);
            if (value == null) {
                Optional<Column> data = dataset.column(column.name());
                value = row < 0 || data.isEmpty() || data.get().isMissing(row) ? ""
                        : data.get().format(row);
            }
            initial.add(value);
        }
        String from = reference != null ? "Starting from the Train screen's reference row."
                : row < 0 ? "" : "Starting from dataset row " + (row + 1) + ", the first test row.";
        return new Setup(built, initial, from);
    }

    /** The first test row; else the first validation or training row; -1 when there is none. */
    private static int firstRow(RowSplit rows) {
        for (int[] split : List.of(rows.test(), rows.validation(), rows.train())) {
            if (split.length > 0) {
                return split[0];
            }
        }
        return -1;
    }

    /**
     * The reference row's value for a raw column: a number held at its feature, or the category
     * whose one-hot feature is held highest. {@code null} when the row does not cover it.
     */
    private static String fromReference(InputColumn column, Map<String, Double> reference) {
        if (column.kind() == ValueKind.NUMBER) {
            Double value = reference.get(column.name());
            return value == null ? null : NumberLabels.precise(value);
        }
        String best = null;
        double highest = 0;
        for (String category : column.categories()) {
            Double value = reference.get(column.name() + "=" + category);
            if (value != null && value > highest) {
                highest = value;
                best = category;
            }
        }
        return best;
    }

    private void show(Setup setup) {
        predictor = setup.predictor();
        source.set(setup.source());
        target.set(predictor.bundle().pipeline().target().column());
        List<WhatIfField> built = new ArrayList<>();
        List<InputColumn> columns = setup.predictor().schema().columns();
        for (int i = 0; i < columns.size(); i++) {
            WhatIfField field = new WhatIfField(columns.get(i), setup.initial().get(i));
            field.valueProperty().addListener((o, a, b) -> edits.submit(this::predict));
            built.add(field);
        }
        fields.setAll(built);
        predict();
    }

    /** What one prediction of the form gave: a prediction, or the problems of the values. */
    private record Outcome(Prediction prediction, List<InputProblem> problems) {
    }

    /** Predicts the form's values now (edits call it through the debouncer). */
    void predict() {
        Predictor current = predictor;
        if (current == null) {
            return;
        }
        Map<String, Object> input = new HashMap<>();
        for (WhatIfField field : fields) {
            String text = field.valueProperty().get();
            input.put(field.name(), text == null || text.isBlank() ? null : text.strip());
        }
        predictions.submit(listener -> {
            try {
                return new Outcome(current.predict(List.of(input)).get(0), List.of());
            } catch (InvalidInputException e) {
                return new Outcome(null, e.problems());
            }
        }, this::show, error -> prediction.set("The model could not predict: " + error.getMessage()));
    }

    private void show(Outcome outcome) {
        for (WhatIfField field : fields) {
            String message = outcome.problems().stream().filter(p -> p.column().equals(field.name()))
                    .map(InputProblem::message).findFirst().orElse("");
            field.setProblem(message);
        }
        valid.set(outcome.prediction() != null);
        if (outcome.prediction() == null) {
            prediction.set("");
            chances.clear();
            return;
        }
        Prediction p = outcome.prediction();
        if (p.isClassification()) {
            prediction.set(p.label());
            List<ClassChance> list = new ArrayList<>();
            double[] probabilities = p.probabilities();
            List<String> classes = predictor.outputNames();
            for (int c = 0; c < probabilities.length; c++) {
                list.add(new ClassChance(classes.get(c), probabilities[c]));
            }
            chances.setAll(list);
        } else {
            prediction.set(NumberLabels.precise(p.values()[0]));
            chances.clear();
        }
    }
}
