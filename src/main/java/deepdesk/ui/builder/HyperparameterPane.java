package deepdesk.ui.builder;

import deepdesk.core.common.SettingDocs;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;
import deepdesk.core.model.ScheduleConfig;
import deepdesk.core.model.ScheduleKind;
import deepdesk.core.training.TrainingConfig;
import deepdesk.ui.common.DisplayNames;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The training hyperparameters as a form: one section each for the optimiser, the learning-rate
 * schedule, batches and epochs, regularisation, and reproducibility. Settings that do not apply
 * to the current choices are hidden. Typed values are checked as they are typed; the reason a
 * value is refused appears under its field, and only valid values are applied (on Enter or when
 * the field loses focus; Escape puts the current value back).
 *
 * <p>Threading: FX thread only.
 */
final class HyperparameterPane extends VBox {

    /** Node property that links a text field to its {@link SettingField}. */
    static final String FIELD_KEY = "deepdesk.settingField";
    /** One width for every label column, so that fields line up across the sections. */
    private static final double LABEL_WIDTH = 140;

    private final ModelViewModel model;
    private final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
    private final ComboBox<ScheduleKind> schedule = new ComboBox<>();
    private final ComboBox<BackendKind> backend = new ComboBox<>();
    private boolean updating;

    HyperparameterPane(ModelViewModel model) {
        this.model = model;
        setId("model-hyperparameters");
        getStyleClass().add("hyperparameter-form");
        setSpacing(14);
        getChildren().add(LayerStackPane.sectionTitle("Training settings"));
        getChildren().add(section(HyperparameterFields.OPTIMISER, choice(optimizer, "model-optimizer",
                OptimizerKind.values(), DisplayNames::of, SettingDocs.describe(OptimizerConfig.class, "kind"),
                model::setOptimizerKind), "Optimiser"));
        getChildren().add(section(HyperparameterFields.SCHEDULE, choice(schedule, "model-schedule",
                ScheduleKind.values(), DisplayNames::of, SettingDocs.describe(ScheduleConfig.class, "kind"),
                model::setScheduleKind), "Schedule"));
        getChildren().add(section(HyperparameterFields.LENGTH, null, null));
        getChildren().add(section(HyperparameterFields.EARLY_STOPPING, null, null));
        getChildren().add(section(HyperparameterFields.REGULARISATION, null, null));
        getChildren().add(section(HyperparameterFields.RUN, choice(backend, "model-backend", BackendKind.values(),
                DisplayNames::of, SettingDocs.describe(TrainingConfig.class, "backend"), model::setBackend),
                "Backend"));
        model.draftProperty().addListener((obs, old, now) -> sync());
        sync();
    }

    private VBox section(String group, ComboBox<?> choice, String choiceLabel) {
        Label title = new Label(group);
        title.getStyleClass().add("form-section-title");
        VBox box = new VBox(6, title);
        box.getStyleClass().add("form-section");
        if (choice != null) {
            // decision: a choice gets the full width under its label, so long names stay whole.
            Label label = new Label(choiceLabel);
            Tooltips.install(choice.getTooltip() == null ? "" : choice.getTooltip().getText(), label);
            box.getChildren().add(new VBox(2, label, choice));
        }
        for (SettingField field : model.fields()) {
            if (field.group().equals(group)) {
                box.getChildren().add(fieldRow(field));
            }
        }
        return box;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        return label;
    }

    private static HBox row(Label label, Region input) {
        input.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox row = new HBox(10, label, input);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    // decision: one box per setting rather than a grid, so a hidden setting leaves no gap.
    private VBox fieldRow(SettingField field) {
        Label label = fieldLabel(field.label());
        TextField text = new TextField();
        text.setId("model-setting-" + field.key());
        text.setPrefColumnCount(8);
        text.getProperties().put(FIELD_KEY, field);
        text.textProperty().bindBidirectional(field.textProperty());
        text.setOnAction(e -> field.commit());
        text.focusedProperty().addListener((obs, old, now) -> {
            if (!now) {
                field.commit();
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.revert();
                e.consume();
            }
        });
        Tooltips.install(field.help(), label, text);
        Label error = new Label();
        error.setId("model-setting-" + field.key() + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        field.errorProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                text.getStyleClass().remove("invalid");
            } else if (!text.getStyleClass().contains("invalid")) {
                text.getStyleClass().add("invalid");
            }
        });
        VBox box = new VBox(2, row(label, text), error);
        box.visibleProperty().bind(field.relevantProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private <T> ComboBox<T> choice(ComboBox<T> box, String id, T[] values, Function<T, String> name, String help,
                                   Consumer<T> apply) {
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("read-only choice");
            }
        });
        box.setOnAction(e -> {
            if (!updating && box.getValue() != null) {
                apply.accept(box.getValue());
            }
        });
        Tooltips.install(help, box);
        return box;
    }

    private void sync() {
        updating = true;
        try {
            ModelDraft d = model.draftProperty().get();
            optimizer.setValue(d.optimizer().kind());
            schedule.setValue(d.schedule().kind());
            backend.setValue(d.backend());
        } finally {
            updating = false;
        }
    }
}
