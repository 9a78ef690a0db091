package deepdesk.ui.dataset;

import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.TaskKind;
import deepdesk.ui.common.EmptyState;
import deepdesk.ui.common.ScatterData;
import deepdesk.ui.common.ScatterPlot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Dataset screen: a start pane with one-click samples while nothing is open; then the column
 * list, the selected column's statistics and distribution, a scatter plot of two columns coloured
 * by the target, the rows, and the preparation settings. Built in code and bound to a
 * {@link DatasetViewModel}.
 *
 * <p>Threading: FX thread only.
 */
public final class DatasetView extends StackPane {

    private final DatasetViewModel model;
    private final Node start;
    private final BorderPane content = new BorderPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label targetLabel = new Label();
    private final TableView<ColumnEntry> columnTable = new TableView<>();
    private final Label statsTitle = new Label("Column");
    private final GridPane statsGrid = new GridPane();
    private final VBox topValues = new VBox(2);
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ScatterPlot scatterPlot = new ScatterPlot();
    private final Label scatterNote = new Label();
    private final RowTable rowTable = new RowTable();

    /**
     * Builds the screen.
     *
     * @param model its view model
     */
    public DatasetView(DatasetViewModel model) {
        this.model = model;
        setId("screen-data");
        getStyleClass().add("dataset-view");
        start = buildStart();
        buildContent();
        getChildren().addAll(start, content);
        model.datasetProperty().addListener((obs, old, now) -> datasetChanged(old, now));
        datasetChanged(null, model.datasetProperty().get());
        model.summaryProperty().addListener((obs, old, now) -> showSummary(now));
        model.scatterProperty().addListener((obs, old, now) -> showScatter(now));
        model.errorProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showError(now);
            }
        });
    }

    private Node buildStart() {
        FlowPane samples = new FlowPane(8, 8);
        samples.setAlignment(Pos.CENTER);
        samples.setMaxWidth(620);
        for (SampleChoice sample : model.samples()) {
            Button button = new Button("Open " + sample.title());
            button.setId("start-sample-" + sample.key().replaceFirst("\\.csv$", ""));
            button.setTooltip(new Tooltip(sample.description()));
            button.setOnAction(e -> model.openSample(sample));
            samples.getChildren().add(button);
        }
        MenuButton synthetic = new MenuButton("Synthetic data");
        synthetic.setId("start-synthetic");
        for (SyntheticChoice generator : model.generators()) {
            MenuItem item = new MenuItem(generator.title() + " (" + generator.task() + ")…");
            item.setOnAction(e -> generateInteractively(generator));
            synthetic.getItems().add(item);
        }
        samples.getChildren().add(synthetic);
        Button open = new Button("Open CSV…");
        open.setId("start-open-csv");
        open.getStyleClass().add("accent");
        open.setDefaultButton(true);
        open.setOnAction(e -> chooseAndImport());
        Label drop = new Label("or drop a CSV file anywhere on this window");
        drop.getStyleClass().add("muted");
        Label samplesTitle = new Label("Or start from a sample");
        samplesTitle.getStyleClass().add("section-title");
        VBox more = new VBox(10, samplesTitle, samples);
        more.setAlignment(Pos.CENTER);
        more.setPadding(new Insets(18, 0, 0, 0));
        EmptyState state = new EmptyState("Open a dataset",
                "DeepDesk learns from a table: one row per example, one column per feature, and one "
                        + "column to predict. Open your own CSV file or one of the samples.",
                open, drop, more);
        state.setId("data-start");
        return state;
    }

    private void buildContent() {
        content.setId("data-content");
        content.setTop(buildHeader());
        Node stats = buildStatsCard();
        Node scatterCard = buildScatterCard();
        HBox.setHgrow(stats, Priority.ALWAYS);
        HBox.setHgrow(scatterCard, Priority.ALWAYS);
        HBox middle = new HBox(stats, new Separator(Orientation.VERTICAL), scatterCard);
        VBox rows = titled("Rows", rowTable, null);
        SplitPane centre = new SplitPane(middle, rows);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.56);
        PreparationPane preparation = new PreparationPane(model);
        ScrollPane prepScroll = new ScrollPane(preparation);
        prepScroll.setId("preparation-scroll");
        prepScroll.setFitToWidth(true);
        prepScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        prepScroll.getStyleClass().add("edge-to-edge");
        // decision: columns and preparation share the left side, so the statistics, the scatter
        // plot and the rows get the width they need on a 1280-pixel-wide screen.
        SplitPane side = new SplitPane(buildColumnList(), prepScroll);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.5);
        side.setMinWidth(320);
        side.setPrefWidth(460);
        side.setMaxWidth(560);
        SplitPane main = new SplitPane(side, centre);
        main.setDividerPositions(0.35);
        SplitPane.setResizableWithParent(side, false);
        content.setCenter(main);
    }

    private Node buildHeader() {
        title.setId("dataset-title");
        title.getStyleClass().add("title-3");
        subtitle.setId("dataset-subtitle");
        subtitle.getStyleClass().add("muted");
        VBox names = new VBox(2, title, subtitle);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        targetLabel.setId("target-label");
        targetLabel.textProperty().bind(model.targetProperty().map(t -> "Target: " + t).orElse("No target chosen"));
        targetLabel.getStyleClass().add("target-chip");
        ComboBox<TaskKind> task = new ComboBox<>(FXCollections.observableArrayList(TaskKind.values()));
        task.setId("task-choice");
        task.setConverter(new Names<>(k -> k == TaskKind.REGRESSION ? "Regression" : "Classification"));
        task.valueProperty().bindBidirectional(model.taskProperty());
        task.disableProperty().bind(model.targetProperty().isNull());
        task.setTooltip(new Tooltip("Regression predicts a number; classification predicts one of a "
                + "set of classes. Chosen from the target's type; change it if the guess is wrong."));
        Label taskLabel = new Label("Task");
        taskLabel.setLabelFor(task);
        Button close = new Button("Close");
        close.setId("close-dataset");
        close.setOnAction(e -> model.close());
        HBox header = new HBox(12, names, spacer, targetLabel, taskLabel, task, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        header.setPadding(new Insets(10, 14, 10, 14));
        return header;
    }

    private Node buildColumnList() {
        columnTable.setId("column-table");
        columnTable.setItems(model.columns());
        columnTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        columnTable.setPlaceholder(new Label("No columns"));
        TableColumn<ColumnEntry, String> name = new TableColumn<>("Column");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(130);
        name.setMinWidth(80);
        TableColumn<ColumnEntry, ColumnType> type = new TableColumn<>("Type");
        type.setCellFactory(c -> new ChoiceCell<>("type", ColumnType.values(), ColumnEntry::typeProperty,
                new Names<>(DatasetView::typeName)));
        type.setCellValueFactory(c -> c.getValue().typeProperty());
        type.setPrefWidth(120);
        type.setMinWidth(112);
        TableColumn<ColumnEntry, ColumnRole> role = new TableColumn<>("Role");
        role.setCellFactory(c -> new ChoiceCell<>("role", ColumnRole.values(), ColumnEntry::roleProperty,
                new Names<>(DatasetView::roleName)));
        role.setCellValueFactory(c -> c.getValue().roleProperty());
        role.setPrefWidth(96);
        role.setMinWidth(90);
        TableColumn<ColumnEntry, Number> missing = new TableColumn<>("Missing");
        missing.setCellValueFactory(c -> c.getValue().missingProperty());
        missing.setCellFactory(c -> new MissingCountCell());
        missing.setPrefWidth(82);
        missing.setMinWidth(82);
        List<TableColumn<ColumnEntry, ?>> all = List.of(name, type, role, missing);
        all.forEach(c -> c.setSortable(false));
        columnTable.getColumns().setAll(all);
        columnTable.setFixedCellSize(34);
        columnTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedColumnProperty().set(now);
            }
        });
        model.selectedColumnProperty().addListener((obs, old, now) -> {
            if (now != null && columnTable.getSelectionModel().getSelectedItem() != now) {
                columnTable.getSelectionModel().select(now);
                columnTable.scrollTo(now);
            }
        });
        VBox box = titled("Columns", columnTable, null);
        box.setMinWidth(260);
        return box;
    }

    private Node buildStatsCard() {
        statsTitle.setId("stats-title");
        statsGrid.setId("column-stats");
        statsGrid.getStyleClass().add("stats-grid");
        statsGrid.setHgap(12);
        statsGrid.setVgap(3);
        statsGrid.setHgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints names = new ColumnConstraints();
            names.setMinWidth(56);
            ColumnConstraints values = new ColumnConstraints();
            values.setMinWidth(70);
            values.setHgrow(Priority.SOMETIMES);
            statsGrid.getColumnConstraints().addAll(names, values);
        }
        topValues.setId("top-values");
        chart.setId("column-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(1);
        chart.setCategoryGap(2);
        chart.setMinSize(160, 120);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox body = new VBox(6, statsGrid, topValues, chart);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox card = new VBox(8, statsTitle, body);
        card.setPrefWidth(420);
        card.setMinWidth(300);
        card.getStyleClass().add("card-pane");
        card.setPadding(new Insets(10, 12, 10, 12));
        statsTitle.getStyleClass().add("section-title");
        return card;
    }

    private Node buildScatterCard() {
        ComboBox<String> x = axisChoice("scatter-x", model.scatterXProperty());
        ComboBox<String> y = axisChoice("scatter-y", model.scatterYProperty());
        Label title = new Label("Scatter");
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label xLabel = new Label("x");
        xLabel.setLabelFor(x);
        Label yLabel = new Label("y");
        yLabel.setLabelFor(y);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(6, title, spacer, xLabel, x, yLabel, y);
        controls.setAlignment(Pos.CENTER_LEFT);
        scatterPlot.setId("scatter-plot");
        scatterPlot.show(null, "Choose two columns");
        VBox.setVgrow(scatterPlot, Priority.ALWAYS);
        scatterNote.setId("scatter-note");
        scatterNote.getStyleClass().add("muted");
        VBox card = new VBox(6, controls, scatterPlot, scatterNote);
        card.setPrefWidth(420);
        card.setMinWidth(300);
        card.getStyleClass().add("card-pane");
        card.setPadding(new Insets(10, 12, 8, 12));
        return card;
    }

    private ComboBox<String> axisChoice(String id, ObjectProperty<String> property) {
        ObservableList<String> names = FXCollections.observableArrayList();
        model.columns().addListener((javafx.collections.ListChangeListener<ColumnEntry>) change -> {
            List<String> list = new ArrayList<>();
            model.columns().forEach(c -> list.add(c.name()));
            names.setAll(list);
        });
        ComboBox<String> combo = new ComboBox<>(names);
        combo.setId(id);
        combo.setPrefWidth(150);
        combo.setMinWidth(80);
        combo.valueProperty().bindBidirectional(property);
        return combo;
    }

    private static VBox titled(String text, Node body, Node footer) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(6, label, body);
        if (footer != null) {
            box.getChildren().add(footer);
        }
        VBox.setVgrow(body, Priority.ALWAYS);
        box.setPadding(new Insets(10, 12, 10, 12));
        return box;
    }

    private void datasetChanged(Dataset old, Dataset now) {
        boolean open = now != null;
        start.setVisible(!open);
        content.setVisible(open);
        if (!open) {
            rowTable.show(null);
            return;
        }
        title.setText(now.name());
        String origin = model.sourceProperty().get();
        subtitle.setText(String.format(Locale.ROOT, "%,d rows · %d columns%s", now.rowCount(), now.columnCount(),
                origin == null || origin.isBlank() || origin.equals(now.name()) ? "" : " · " + origin));
        rowTable.show(now);
    }

    private void showSummary(ColumnSummary summary) {
        statsGrid.getChildren().clear();
        topValues.getChildren().clear();
        chart.getData().clear();
        if (summary == null) {
            statsTitle.setText("Column");
            return;
        }
        statsTitle.setText(summary.column() + (summary.histogram() ? " · histogram" : " · counts per level"));
        List<Statistic> figures = new ArrayList<>();
        List<String> top = new ArrayList<>();
        for (Statistic statistic : summary.statistics()) {
            if (statistic.name().startsWith("top")) {
                top.add(statistic.value());
            } else {
                figures.add(statistic);
            }
        }
        // decision: two columns of figures (counts and moments left, order statistics right)
        // keep the card short, so the distribution below it gets the height.
        int half = (figures.size() + 1) / 2;
        for (int i = 0; i < figures.size(); i++) {
            Statistic statistic = figures.get(i);
            Label name = new Label(statistic.name());
            name.getStyleClass().add("muted");
            Label value = new Label(statistic.value());
            value.getStyleClass().add("stat-value");
            value.setId("stat-" + statistic.name().replace(' ', '-').replace("%", ""));
            int column = i < half ? 0 : 2;
            statsGrid.add(name, column, i % half);
            statsGrid.add(value, column + 1, i % half);
        }
        if (!top.isEmpty()) {
            Label heading = new Label("Most frequent");
            heading.getStyleClass().add("muted");
            Label values = new Label(String.join(" · ", top));
            values.setId("stat-top");
            values.getStyleClass().add("stat-value");
            values.setWrapText(true);
            topValues.getChildren().addAll(heading, values);
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Bar bar : summary.bars()) {
            series.getData().add(new XYChart.Data<>(bar.label(), bar.count()));
        }
        chart.getData().setAll(List.of(series));
    }

    private void showScatter(ScatterData data) {
        scatterPlot.show(data, "Choose two columns");
        if (data == null) {
            scatterNote.setText("");
            return;
        }
        String colour = data.colorLabel() == null ? "" : " · colour: " + data.colorLabel();
        String shown = data.size() < data.totalRows()
                ? String.format(Locale.ROOT, "%,d of %,d rows", data.size(), data.totalRows())
                : String.format(Locale.ROOT, "%,d rows", data.size());
        scatterNote.setText(shown + colour);
    }

    /** Asks for a CSV file and imports it. */
    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open CSV");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV and text files", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Imports {@code file}, letting the user check how it is read first. */
    public void importFile(Path file) {
        ImportDialogModel dialogModel = model.importDialog(file);
        ImportDialog.ask(dialogModel, getScene() == null ? null : getScene().getWindow())
                .ifPresent(dialect -> model.open(file, dialect));
    }

    /** Asks for the size, noise and seed of synthetic data and generates it. */
    public void generateInteractively(SyntheticChoice generator) {
        SyntheticDialog.ask(generator, getScene() == null ? null : getScene().getWindow())
                .ifPresent(choice -> model.generate(generator, choice.points(), choice.noise(), choice.seed()));
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("That did not work");
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner != null) {
            alert.initOwner(owner);
        }
        model.clearError();
        alert.show();
    }

    static String typeName(ColumnType type) {
        return switch (type) {
            case NUMERIC -> "Numeric";
            case CATEGORICAL -> "Categorical";
            case TEXT -> "Text";
            case IDENTIFIER -> "Identifier";
            case CONSTANT -> "Constant";
        };
    }

    static String roleName(ColumnRole role) {
        return switch (role) {
            case INPUT -> "Input";
            case TARGET -> "Target";
            case IGNORE -> "Ignore";
        };
    }

    /** Shows enum constants by a readable name. */
    private static final class Names<T> extends StringConverter<T> {
        private final Function<T, String> names;

        Names(Function<T, String> names) {
            this.names = names;
        }

        @Override
        public String toString(T value) {
            return value == null ? "" : names.apply(value);
        }

        @Override
        public T fromString(String text) {
            throw new UnsupportedOperationException("choices are picked, not typed");
        }
    }

    /**
     * A cell holding an always-visible combo box bound to one property of the row's entry, so a
     * type or role changes in one click.
     */
    private static final class ChoiceCell<T> extends TableCell<ColumnEntry, T> {
        private final String kind;
        private final ComboBox<T> combo;
        private final Function<ColumnEntry, ObjectProperty<T>> property;
        private ObjectProperty<T> bound;

        ChoiceCell(String kind, T[] choices, Function<ColumnEntry, ObjectProperty<T>> property,
                   StringConverter<T> names) {
            this.kind = kind;
            this.property = property;
            this.combo = new ComboBox<>(FXCollections.observableArrayList(choices));
            combo.setConverter(names);
            combo.setButtonCell(new NameCell<>(names));
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.getStyleClass().add("small");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            ColumnEntry entry = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()
                    ? null : getTableView().getItems().get(getIndex());
            if (entry == null) {
                setGraphic(null);
                return;
            }
            bound = property.apply(entry);
            combo.valueProperty().bindBidirectional(bound);
            combo.setId(kind + "-" + entry.name());
            setGraphic(combo);
        }
    }

    /** A combo box's button cell that uses the readable names. */
    private static final class NameCell<T> extends ListCell<T> {
        private final StringConverter<T> names;

        NameCell(StringConverter<T> names) {
            this.names = names;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : names.toString(item));
        }
    }

    /** Shows a missing count, highlighted when not zero. */
    private static final class MissingCountCell extends TableCell<ColumnEntry, Number> {
        @Override
        protected void updateItem(Number item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("has-missing");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(String.format(Locale.ROOT, "%,d", item.intValue()));
            if (item.intValue() > 0) {
                getStyleClass().add("has-missing");
            }
        }
    }
}
