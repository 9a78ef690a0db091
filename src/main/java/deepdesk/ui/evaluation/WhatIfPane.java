package deepdesk.ui.evaluation;

import deepdesk.ui.common.NumberLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The what-if tab: one field per raw input column (a choice for a category, a number field with
 * the training range beside it), and the prediction for the values in the form, which follows
 * the user's typing. A value the model cannot use is outlined and explained under its field.
 *
 * <p>Threading: FX thread only.
 */
final class WhatIfPane extends HBox {

    private static final String INVALID = "invalid-field";

    private final WhatIfViewModel model;
    private final GridPane form = new GridPane();
    private final VBox chances = new VBox(6);

    WhatIfPane(WhatIfViewModel model) {
        this.model = model;
        setId("evaluation-whatif-pane");
        form.setId("whatif-form");
        form.setHgap(10);
        form.setVgap(4);
        Label title = new Label("Inputs");
        title.getStyleClass().add("subsection-title");
        Label source = new Label();
        source.setId("whatif-source");
        source.getStyleClass().add("muted");
        source.setWrapText(true);
        source.textProperty().bind(model.sourceProperty());
        Button reset = new Button("Reset to reference row");
        reset.setId("whatif-reset");
        reset.setOnAction(e -> model.reset());
        VBox left = new VBox(8, title, source, form, reset);
        left.setPadding(new Insets(12, 16, 12, 16));
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        Label predictionTitle = new Label();
        predictionTitle.setId("whatif-title");
        predictionTitle.textProperty().bind(model.targetProperty().map(t -> t.isEmpty() ? "Prediction" : "Predicted " + t));
        predictionTitle.getStyleClass().add("subsection-title");
        Label prediction = new Label();
        prediction.setId("whatif-prediction");
        prediction.getStyleClass().addAll("stat-value", "metric-value");
        prediction.textProperty().bind(model.predictionProperty());
        Label invalid = new Label("Fix the marked values to see a prediction.");
        invalid.getStyleClass().add("field-error");
        invalid.visibleProperty().bind(model.validProperty().not());
        invalid.managedProperty().bind(invalid.visibleProperty());
        chances.setId("whatif-chances");
        Label explain = new Label("The model predicts as you type. Numbers far outside the training range are extrapolation: "
                + "the model has never seen such values, so treat its answer with care.");
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        VBox right = new VBox(10, predictionTitle, prediction, invalid, chances, explain);
        right.setPadding(new Insets(12, 16, 12, 16));
        right.setPrefWidth(380);
        right.setMinWidth(300);
        getChildren().addAll(scroll, right);

        model.fields().addListener((ListChangeListener<WhatIfField>) c -> buildForm());
        model.chances().addListener((ListChangeListener<WhatIfViewModel.ClassChance>) c -> showChances());
        buildForm();
        showChances();
    }

    private void buildForm() {
        form.getChildren().clear();
        Label nameHead = new Label("Column");
        Label valueHead = new Label("Value");
        Label hintHead = new Label("In training");
        for (Label head : List.of(nameHead, valueHead, hintHead)) {
            head.getStyleClass().add("muted");
        }
        form.addRow(0, nameHead, valueHead, hintHead);
        int row = 1;
        for (WhatIfField field : model.fields()) {
            Label name = new Label(field.name());
            name.setMinWidth(100);
            Control input = field.isCategory() ? choice(field) : number(field);
            input.setId("whatif-" + id(field.name()));
            input.setPrefWidth(180);
            Label hint = new Label();
            hint.setId("whatif-hint-" + id(field.name()));
            showHint(hint, field);
            field.valueProperty().addListener((o, a, b) -> showHint(hint, field));
            Label problem = new Label();
            problem.setId("whatif-problem-" + id(field.name()));
            problem.getStyleClass().add("field-error");
            problem.setWrapText(true);
            problem.textProperty().bind(field.problemProperty());
            problem.visibleProperty().bind(field.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            field.problemProperty().addListener((o, a, b) -> mark(input, !b.isEmpty()));
            mark(input, !field.problemProperty().get().isEmpty());
            form.addRow(row++, name, input, hint);
            form.add(problem, 1, row++, 2, 1);
        }
    }

    /** The training range or categories, flagged when the value lies outside the range. */
    private static void showHint(Label hint, WhatIfField field) {
        boolean outside = field.isOutsideTrainingRange();
        hint.setText(outside ? "outside the " + field.hint() : field.hint());
        hint.getStyleClass().removeAll("muted", "outside-range");
        hint.getStyleClass().add(outside ? "outside-range" : "muted");
    }

    private static Control number(WhatIfField field) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.valueProperty());
        text.setTooltip(new Tooltip("A number; empty means missing. " + field.hint() + "."));
        text.setAlignment(Pos.CENTER_RIGHT);
        return text;
    }

    private static Control choice(WhatIfField field) {
        ComboBox<String> box = new ComboBox<>();
        List<String> options = new ArrayList<>(field.column().categories());
        if (field.column().missingAllowed()) {
            options.add("");
        }
        String current = field.valueProperty().get();
        if (current != null && !current.isEmpty() && !options.contains(current)) {
            options.add(current);
        }
        box.getItems().setAll(options);
        box.valueProperty().bindBidirectional(field.valueProperty());
        box.setTooltip(new Tooltip("One of the categories seen in training; the empty choice means missing."));
        return box;
    }

    private static void mark(Node input, boolean invalid) {
        input.getStyleClass().remove(INVALID);
        if (invalid) {
            input.getStyleClass().add(INVALID);
        }
    }

    private void showChances() {
        chances.getChildren().clear();
        for (WhatIfViewModel.ClassChance chance : model.chances()) {
            Label name = new Label(chance.className());
            name.setMinWidth(90);
            ProgressBar bar = new ProgressBar(chance.probability());
            bar.setPrefWidth(160);
            Label value = new Label(NumberLabels.format(chance.probability()));
            value.getStyleClass().add("stat-value");
            HBox line = new HBox(8, name, bar, value);
            line.setId("whatif-chance-" + id(chance.className()));
            line.setAlignment(Pos.CENTER_LEFT);
            chances.getChildren().add(line);
        }
    }

    private static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
