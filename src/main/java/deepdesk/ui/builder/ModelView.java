package deepdesk.ui.builder;

import deepdesk.ui.common.EmptyState;
import deepdesk.ui.common.chart.NetworkDiagram;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The Model screen: presets and undo/redo in the header, the layer-stack editor on the left, the
 * network diagram and the analyser in the middle, the training settings on the right. Shows an
 * empty state saying what to do while no prepared data is there.
 *
 * <p>Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the last edit of the screen while it is
 * showing, except inside a setting field whose typed text is not applied yet, where they act on
 * the text as usual.
 *
 * <p>Threading: FX thread only.
 */
public final class ModelView extends StackPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALTERNATIVE =
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final ModelViewModel model;
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final Node editor;
    private final EventHandler<KeyEvent> shortcuts = this::handleShortcut;

    /**
     * Builds the screen.
     *
     * @param model     the screen's state and commands
     * @param darkTheme whether the dark theme is on, for the colours of the diagram
     */
    public ModelView(ModelViewModel model, ObservableBooleanValue darkTheme) {
        this.model = model;
        setId("screen-builder");
        getStylesheets().add(ModelView.class.getResource("model.css").toExternalForm());
        editor = buildEditor();
        model.readyProperty().addListener((obs, old, now) -> showContent());
        model.emptyMessageProperty().addListener((obs, old, now) -> showContent());
        diagram.palette().setDark(darkTheme.get());
        darkTheme.addListener((obs, old, now) -> {
            diagram.palette().setDark(now);
            diagram.requestLayout();
        });
        model.pictureProperty().addListener((obs, old, now) -> diagram.show(now));
        diagram.show(model.pictureProperty().get());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
        showContent();
    }

    /** The screen's view model. */
    public ModelViewModel model() {
        return model;
    }

    private void showContent() {
        if (model.readyProperty().get()) {
            getChildren().setAll(editor);
        } else {
            EmptyState empty = new EmptyState("Model", model.emptyMessageProperty().get());
            empty.setId("model-empty-state");
            getChildren().setAll(empty);
        }
    }

    private Node buildEditor() {
        BorderPane root = new BorderPane();
        root.setId("model-editor");
        root.setTop(buildHeader());

        ScrollPane left = scroller(new LayerStackPane(model), "model-layer-scroll");
        left.setPrefWidth(340);
        left.setMinWidth(320);
        ScrollPane right = scroller(new HyperparameterPane(model), "model-settings-scroll");
        right.setPrefWidth(336);
        right.setMinWidth(290);

        diagram.setId("model-diagram");
        Label diagramTitle = LayerStackPane.sectionTitle("Network");
        Label diagramHint = new Label("Once a run has trained the network, edges show its weights (blue positive, orange negative); hover one to read it.");
        diagramHint.getStyleClass().add("muted");
        diagramHint.setWrapText(true);
        VBox diagramBox = new VBox(6, diagramTitle, diagram, diagramHint);
        diagramBox.getStyleClass().add("model-pane");
        VBox.setVgrow(diagram, Priority.ALWAYS);
        ScrollPane analysis = scroller(new AnalysisPane(model), "model-analysis-scroll");
        SplitPane middle = new SplitPane(diagramBox, analysis);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.5);
        middle.getStyleClass().add("model-middle");

        SplitPane columns = new SplitPane(left, middle, right);
        columns.setDividerPositions(0.27, 0.75);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        root.setCenter(columns);
        return root;
    }

    private Node buildHeader() {
        Label title = new Label("Model");
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.setId("model-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);

        MenuButton presets = new MenuButton("Presets");
        presets.setId("model-presets");
        for (Preset preset : Preset.values()) {
            // decision: styled inline, because a menu's popup does not see this view's stylesheet.
            Label name = new Label(preset.title());
            name.setStyle("-fx-font-weight: bold;");
            Label text = new Label(preset.description());
            text.setWrapText(true);
            text.setMaxWidth(340);
            text.setStyle("-fx-opacity: 0.75;");
            VBox content = new VBox(2, name, text);
            content.setId("preset-" + preset.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            CustomMenuItem item = new CustomMenuItem(content);
            item.setId(content.getId() + "-item");
            item.setOnAction(e -> model.applyPreset(preset));
            presets.getItems().add(item);
        }

        Button undo = new Button("Undo", ButtonIcons.undo());
        undo.setId("model-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        model.undoTextProperty().addListener((obs, old, now) -> Tooltips.install(now + " (Ctrl+Z)", undo));
        Button redo = new Button("Redo", ButtonIcons.redo());
        redo.setId("model-redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setOnAction(e -> model.redo());
        model.redoTextProperty().addListener((obs, old, now) -> Tooltips.install(now + " (Ctrl+Shift+Z)", redo));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, summary, spacer, presets, new Separator(Orientation.VERTICAL), undo, redo);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("screen-header");
        return header;
    }

    private static ScrollPane scroller(Node content, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("model-pane-scroll");
        if (content instanceof Region region) {
            region.setPadding(new Insets(14, 16, 16, 16));
        }
        return scroll;
    }

    private void handleShortcut(KeyEvent event) {
        if (!model.readyProperty().get()) {
            return;
        }
        boolean redo = REDO.match(event) || REDO_ALTERNATIVE.match(event);
        boolean undo = !redo && UNDO.match(event);
        if (!undo && !redo) {
            return;
        }
        Scene scene = getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof TextInputControl input
                && input.getProperties().get(HyperparameterPane.FIELD_KEY) instanceof SettingField field
                && field.isDirty()) {
            return;
        }
        if (undo) {
            model.undo();
        } else {
            model.redo();
        }
        event.consume();
    }
}
