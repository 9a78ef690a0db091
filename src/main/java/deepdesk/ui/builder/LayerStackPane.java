package deepdesk.ui.builder;

import deepdesk.core.common.SettingDocs;
import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.ui.common.DisplayNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The layer-stack editor: a card for the input, one per hidden layer (units, activation, dropout,
 * and buttons to move, duplicate or remove it), an "Add layer" button, and a card for the output
 * with its loss and the weight initialiser. Cards are kept per position and only rebuilt when the
 * number of layers changes, so a spinner being clicked is never replaced under the pointer.
 *
 * <p>Threading: FX thread only.
 */
final class LayerStackPane extends VBox {

    private final ModelViewModel model;
    private final VBox hiddenCards = new VBox(8);
    private final List<LayerCard> cards = new ArrayList<>();
    private final ComboBox<OutputHead> head = new ComboBox<>();
    private final ComboBox<Initializer> initializer = new ComboBox<>();
    private final Label outputTitle = new Label();
    private boolean updating;

    LayerStackPane(ModelViewModel model) {
        this.model = model;
        setId("model-layer-stack");
        getStyleClass().add("layer-stack");
        setSpacing(8);
        hiddenCards.setId("model-layers");

        Label inputTitle = new Label("Input");
        inputTitle.getStyleClass().add("subsection-title");
        Label inputText = new Label();
        inputText.setId("model-input-summary");
        inputText.getStyleClass().add("muted");
        inputText.textProperty().bind(model.inputSummaryProperty());
        model.inputSummaryProperty().addListener((obs, old, now) ->
                Tooltips.install(String.join(", ", model.featureNames()), inputText));
        VBox inputCard = card(new HBox(8, inputTitle, inputText));
        ((HBox) inputCard.getChildren().get(0)).setAlignment(Pos.BASELINE_LEFT);

        Button add = new Button("Add layer", ButtonIcons.add());
        add.setId("model-add-layer");
        add.setMaxWidth(Double.MAX_VALUE);
        add.getStyleClass().add("add-layer");
        add.setOnAction(e -> model.addLayer());
        Tooltips.install("Adds a hidden layer before the output, a copy of the last one.", add);

        getChildren().addAll(sectionTitle("Layers"), inputCard, hiddenCards, add, outputCard());
        model.layers().addListener((ListChangeListener<LayerSpec>) c -> sync());
        model.draftProperty().addListener((obs, old, now) -> sync());
        model.specProperty().addListener((obs, old, now) -> sync());
        sync();
    }

    static Label sectionTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }

    private Node outputCard() {
        outputTitle.getStyleClass().add("subsection-title");
        head.setId("model-output-head");
        head.setItems(model.heads());
        head.setMaxWidth(Double.MAX_VALUE);
        head.setConverter(converter(OutputHead::label));
        head.setOnAction(e -> {
            if (!updating) {
                model.setOutputHead(head.getValue());
            }
        });
        Tooltips.install(SettingDocs.describe(ModelSpec.class, "output") + " "
                + SettingDocs.describe(ModelSpec.class, "loss"), head);
        initializer.setId("model-initializer");
        initializer.getItems().setAll(Initializer.values());
        initializer.setMaxWidth(Double.MAX_VALUE);
        initializer.setConverter(converter(DisplayNames::of));
        initializer.setOnAction(e -> {
            if (!updating) {
                model.setInitializer(initializer.getValue());
            }
        });
        Tooltips.install(SettingDocs.describe(ModelSpec.class, "initializer"), initializer);
        VBox card = card(outputTitle, labelled("Output and loss", head),
                labelled("Initial weights", initializer));
        card.setId("model-output-card");
        return card;
    }

    private void sync() {
        updating = true;
        try {
            List<LayerSpec> layers = model.layers();
            if (cards.size() != layers.size()) {
                cards.clear();
                for (int i = 0; i < layers.size(); i++) {
                    cards.add(new LayerCard(i));
                }
                hiddenCards.getChildren().setAll(cards.stream().map(c -> c.root).toList());
            }
            for (int i = 0; i < layers.size(); i++) {
                cards.get(i).show(layers.get(i), layers.size());
            }
            ModelSpec spec = model.specProperty().get();
            outputTitle.setText(spec == null ? "Output" : "Output · " + spec.outputWidth()
                    + (spec.outputWidth() == 1 ? " unit" : " units"));
            head.setValue(model.headProperty().get());
            initializer.setValue(model.draftProperty().get().initializer());
        } finally {
            updating = false;
        }
    }

    private static VBox labelled(String caption, Node control) {
        return new VBox(2, caption(caption), control);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(6, children);
        card.getStyleClass().add("layer-card");
        return card;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("read-only choice");
            }
        };
    }

    /** The controls of one hidden layer, bound to its position in the stack. */
    private final class LayerCard {

        private final int index;
        private final VBox root;
        private final Label title = new Label();
        private final Spinner<Integer> units = new Spinner<>(1, ModelViewModel.MAX_UNITS, 1);
        private final ComboBox<Activation> activation = new ComboBox<>();
        private final Spinner<Double> dropout = new Spinner<>(0.0, 0.9, 0.0, 0.05);
        private final Button up = iconButton(ButtonIcons.up(), "Move towards the input");
        private final Button down = iconButton(ButtonIcons.down(), "Move towards the output");
        private final Button duplicate = iconButton(ButtonIcons.duplicate(), "Duplicate this layer");
        private final Button remove = iconButton(ButtonIcons.remove(), "Remove this layer");

        LayerCard(int index) {
            this.index = index;
            String id = "model-layer-" + index;
            title.getStyleClass().add("subsection-title");
            units.setEditable(true);
            units.getValueFactory().setConverter(lenient(units, Integer::valueOf, String::valueOf));
            units.getEditor().setTextFormatter(new TextFormatter<>(c ->
                    c.getControlNewText().matches("\\d{0,4}") ? c : null));
            units.setId(id + "-units");
            units.setPrefWidth(96);
            units.valueProperty().addListener((obs, old, now) -> {
                if (!updating && now != null) {
                    model.setUnits(index, now);
                }
            });
            Tooltips.install(SettingDocs.describe(LayerSpec.class, "units"), units);
            activation.setId(id + "-activation");
            activation.getItems().setAll(Activation.values());
            activation.setConverter(converter(DisplayNames::of));
            activation.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Activation item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? "" : DisplayNames.of(item));
                }
            });
            activation.setPrefWidth(124);
            activation.setOnAction(e -> {
                if (!updating) {
                    model.setActivation(index, activation.getValue());
                }
            });
            Tooltips.install(SettingDocs.describe(LayerSpec.class, "activation"), activation);
            dropout.setEditable(true);
            dropout.getValueFactory().setConverter(lenient(dropout, Double::valueOf,
                    v -> NumberEntry.format(Math.round(v * 100) / 100.0)));
            dropout.getEditor().setTextFormatter(new TextFormatter<>(c ->
                    c.getControlNewText().matches("\\d{0,1}(\\.\\d{0,3})?") ? c : null));
            dropout.setId(id + "-dropout");
            dropout.setPrefWidth(88);
            dropout.valueProperty().addListener((obs, old, now) -> {
                if (!updating && now != null) {
                    model.setDropout(index, Math.round(now * 100) / 100.0);
                }
            });
            Tooltips.install(SettingDocs.describe(LayerSpec.class, "dropout"), dropout);
            up.setId(id + "-up");
            down.setId(id + "-down");
            duplicate.setId(id + "-duplicate");
            remove.setId(id + "-remove");
            up.setOnAction(e -> model.moveLayerUp(index));
            down.setOnAction(e -> model.moveLayerDown(index));
            duplicate.setOnAction(e -> model.duplicateLayer(index));
            remove.setOnAction(e -> model.removeLayer(index));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = new HBox(2, title, spacer, up, down, duplicate, remove);
            header.setAlignment(Pos.CENTER_LEFT);
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(2);
            grid.addRow(0, caption("Units"), caption("Activation"), caption("Dropout"));
            grid.addRow(1, units, activation, dropout);
            root = card(header, grid);
            root.setId(id);
        }

        void show(LayerSpec layer, int count) {
            title.setText("Hidden " + (index + 1));
            units.getValueFactory().setValue(layer.units());
            activation.setValue(layer.activation());
            dropout.getValueFactory().setValue(layer.dropout());
            up.setDisable(index == 0);
            down.setDisable(index == count - 1);
        }
    }

    /**
     * A spinner converter that keeps the spinner's value when the typed text is not a number
     * (an empty field, say) and shows that value again instead of failing.
     */
    private static <T> StringConverter<T> lenient(Spinner<T> spinner, Function<String, T> parse,
                                                  Function<T, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : format.apply(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    return parse.apply(text.trim());
                } catch (NumberFormatException e) {
                    T kept = spinner.getValue();
                    // decision: the spinner is still committing; put the text back once it is done.
                    Platform.runLater(() -> spinner.getEditor().setText(toString(kept)));
                    return kept;
                }
            }
        };
    }

    private static Button iconButton(Node icon, String help) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll("flat", "icon-button");
        Tooltips.install(help, button);
        button.setAccessibleText(help);
        return button;
    }
}
