package deepdesk.ui.dataset;

import atlantafx.base.theme.Styles;
import deepdesk.core.common.SettingDocs;
import deepdesk.core.prep.MissingValues;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.Scaling;
import deepdesk.ui.common.Workbench;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.function.Function;

/**
 * The preparation settings: missing values, scaling, encoding, derived features, the split and
 * noise augmentation. Every control explains itself in a tooltip taken from the settings record's
 * documentation; a refused value is marked at its field with the reason underneath.
 *
 * <p>Threading: FX thread only.
 */
final class PreparationPane extends VBox {

    PreparationPane(DatasetViewModel model) {
        PreparationForm form = model.preparation();
        setId("preparation-pane");
        getStyleClass().add("preparation-pane");
        setSpacing(14);
        setPadding(new Insets(10, 14, 16, 14));
        Label heading = new Label("Preparation");
        heading.getStyleClass().add("section-title");

        ComboBox<MissingValues> missing = choice("missing-values", MissingValues.values(),
                form.missingValuesProperty(), PreparationPane::missingName);
        TextField constant = field("missing-constant", form.missingConstantProperty(), 80);
        HBox constantRow = new HBox(6, new Label("Fill with"), constant);
        constantRow.setAlignment(Pos.CENTER_LEFT);
        constantRow.visibleProperty().bind(form.missingValuesProperty().isEqualTo(MissingValues.CONSTANT));
        constantRow.managedProperty().bind(constantRow.visibleProperty());
        Label targetNote = new Label();
        targetNote.setId("preparation-target-note");
        targetNote.textProperty().bind(model.targetNoteProperty());
        targetNote.setWrapText(true);
        targetNote.getStyleClass().add("muted");
        Node missingSection = section("Missing values", "missingValues", missing, constantRow,
                errorOf(constant, form.missingConstantErrorProperty()), targetNote);

        ComboBox<Scaling> scaling = choice("scaling", Scaling.values(), form.scalingProperty(),
                PreparationPane::scalingName);
        Node scalingSection = section("Scaling", "scaling", scaling);

        Label oneHot = new Label("One-hot: one 0/1 column per category seen in training; a new "
                + "category gives all zeros.");
        oneHot.setWrapText(true);
        oneHot.getStyleClass().add("muted");
        Node encodingSection = section("Categorical inputs", "encoding", oneHot);

        CheckBox squares = check("derived-squares", "x²  (square of each number)", form.squaresProperty(), "squares");
        CheckBox products = check("derived-products", "x·y  (product of each pair)", form.productsProperty(), "products");
        CheckBox sines = check("derived-sines", "sin x  (sine of each number)", form.sinesProperty(), "sines");
        Node derivedSection = section("Derived features", null, squares, products, sines);

        TextField train = field("split-train", form.trainPercentProperty(), 52);
        TextField validation = field("split-validation", form.validationPercentProperty(), 52);
        TextField test = field("split-test", form.testPercentProperty(), 52);
        tip(train, "trainPercent");
        tip(validation, "validationPercent");
        tip(test, "testPercent");
        HBox split = new HBox(6, labelled("Train", train), labelled("Validation", validation), labelled("Test", test));
        Label splitError = errorLabel("split-error", form.splitErrorProperty());
        for (TextField f : new TextField[] {train, validation, test}) {
            mark(f, form.splitErrorProperty());
        }
        TextField seed = field("split-seed", form.seedProperty(), 90);
        tip(seed, "seed");
        HBox seedRow = new HBox(6, new Label("Seed"), seed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox stratify = check("split-stratify", "Stratify (keep class shares)", form.stratifyProperty(), "stratify");
        stratify.disableProperty().bind(model.taskProperty().isNotEqualTo(deepdesk.core.prep.TaskKind.CLASSIFICATION));
        Node splitSection = section("Split, %", null, split, splitError, seedRow,
                errorOf(seed, form.seedErrorProperty()), stratify);

        TextField noise = field("noise-std", form.noiseStdProperty(), 80);
        tip(noise, "noiseStd");
        HBox noiseRow = new HBox(6, new Label("Gaussian noise σ"), noise);
        noiseRow.setAlignment(Pos.CENTER_LEFT);
        Label noiseHint = new Label("0 turns it off.");
        noiseHint.getStyleClass().add("muted");
        Node noiseSection = section("Augmentation", null, noiseRow, errorOf(noise, form.noiseErrorProperty()), noiseHint);

        Label outcome = new Label();
        outcome.setId("preparation-outcome");
        outcome.setWrapText(true);
        Workbench workbench = model.workbench();
        Runnable showOutcome = () -> {
            String problem = workbench.preparationProblemProperty().get();
            PreparedData prepared = workbench.preparedProperty().get();
            boolean failed = problem != null && !problem.isBlank();
            outcome.getStyleClass().removeAll("field-error", "muted");
            outcome.getStyleClass().add(failed ? "field-error" : "muted");
            if (failed) {
                outcome.setText(problem);
            } else if (prepared == null) {
                outcome.setText(workbench.datasetProperty().get() == null ? "" : "Preparing…");
            } else {
                outcome.setText(String.format(Locale.ROOT, "Prepared: %,d training, %,d validation and %,d test rows; "
                        + "%d features.", prepared.train().rows(), prepared.validation().rows(),
                        prepared.test().rows(), prepared.train().width()));
            }
        };
        workbench.preparedProperty().addListener((obs, old, now) -> showOutcome.run());
        workbench.preparationProblemProperty().addListener((obs, old, now) -> showOutcome.run());
        showOutcome.run();

        getChildren().addAll(heading, outcome, missingSection, scalingSection, encodingSection, derivedSection,
                splitSection, noiseSection);
    }

    private static Node section(String title, String docs, Node... body) {
        Label label = new Label(title);
        label.getStyleClass().add("subsection-title");
        if (docs != null) {
            String text = SettingDocs.describe(PreparationSettings.class, docs);
            if (!text.isBlank()) {
                label.setTooltip(tooltip(text));
            }
        }
        VBox box = new VBox(6, label);
        box.getChildren().addAll(body);
        return box;
    }

    private static VBox labelled(String text, TextField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("muted");
        return new VBox(2, label, field);
    }

    private static <T extends Enum<T>> ComboBox<T> choice(String id, T[] values, ObjectProperty<T> property,
                                                          Function<T, String> names) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        });
        combo.valueProperty().bindBidirectional(property);
        tip(combo, id.equals("missing-values") ? "missingValues" : id);
        return combo;
    }

    private static TextField field(String id, StringProperty text, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static CheckBox check(String id, String text, BooleanProperty property, String docs) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        tip(box, docs);
        return box;
    }

    private static void tip(Control control, String component) {
        String text = SettingDocs.describe(PreparationSettings.class, component);
        if (!text.isBlank()) {
            control.setTooltip(tooltip(text));
        }
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(340);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(20));
        return tooltip;
    }

    private static Label errorOf(TextField field, ReadOnlyStringProperty error) {
        mark(field, error);
        return errorLabel(field.getId() + "-error", error);
    }

    private static void mark(TextField field, ReadOnlyStringProperty error) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, error.get() != null);
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
    }

    private static Label errorLabel(String id, ReadOnlyStringProperty error) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        VBox.setVgrow(label, Priority.NEVER);
        return label;
    }

    private static String missingName(MissingValues value) {
        return switch (value) {
            case DROP_ROWS -> "Drop rows with a missing value";
            case MEAN -> "Fill with the mean";
            case MEDIAN -> "Fill with the median";
            case MOST_FREQUENT -> "Fill with the most frequent value";
            case CONSTANT -> "Fill with a constant";
        };
    }

    private static String scalingName(Scaling value) {
        return switch (value) {
            case Z_SCORE -> "Z-score (mean 0, std 1)";
            case MIN_MAX -> "Min-max (0 to 1)";
            case NONE -> "None";
        };
    }
}
