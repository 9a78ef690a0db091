package deepdesk.ui.deploy;

import deepdesk.ui.common.EmptyState;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.LiveLineChart;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The Deploy screen: save the latest model as a bundle, export it to ONNX, Java or Python, and
 * serve it over HTTP on this computer, with the URL, the token, ready-to-paste client examples,
 * live requests per second and latency, and a log of the last requests.
 *
 * <p>Threading: FX thread only. A timeline reads the server's counters twice a second while it
 * runs.
 */
public final class DeployView extends StackPane {

    private static final Duration POLL = Duration.millis(500);

    private final DeployViewModel model;
    private final LiveLineChart rateChart = new LiveLineChart();
    private final LiveLineChart latencyChart = new LiveLineChart();
    private final ChartSeries rate;
    private final ChartSeries latency;
    private final Timeline poller;
    // held in a field: a binding only weakly referenced from its sources could be collected
    private final BooleanBinding live;

    /** Creates the screen over its view model. */
    public DeployView(DeployViewModel model) {
        this.model = model;
        setId("screen-deploy");
        rateChart.setId("deploy-rate-chart");
        rateChart.titleProperty().set("Requests per second");
        rateChart.xLabelProperty().set("seconds");
        rateChart.smoothingProperty().set(0);
        rate = rateChart.addSeries("requests/s", Color.web("#2f6fdd"));
        latencyChart.setId("deploy-latency-chart");
        latencyChart.titleProperty().set("Mean latency (ms)");
        latencyChart.xLabelProperty().set("seconds");
        latencyChart.smoothingProperty().set(0);
        latency = latencyChart.addSeries("latency ms", Color.web("#d9822b"));
        poller = new Timeline(new KeyFrame(POLL, e -> poll()));
        poller.setCycleCount(Animation.INDEFINITE);
        model.servingProperty().addListener((o, a, b) -> {
            if (b) {
                rate.clear();
                latency.clear();
            }
        });
        // decision: the timer runs only while a server runs and the screen is in a window, so an
        // idle or hidden screen costs nothing; traffic while hidden shows as one averaged point
        live = model.servingProperty().and(sceneProperty().isNotNull());
        live.addListener((o, a, b) -> {
            if (b) {
                poller.play();
            } else {
                poller.stop();
            }
        });

        EmptyState empty = new EmptyState("Deploy",
                "No model yet. Train one on the Train screen; when the run ends you can save it as a file, export it to ONNX or code, and serve its predictions over HTTP here.");
        empty.setId("deploy-empty");
        BorderPane content = new BorderPane();
        content.setTop(header());
        VBox body = new VBox(18, filesSection(), serverSection());
        body.setPadding(new Insets(14, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        content.setCenter(scroll);
        content.visibleProperty().bind(model.modelProperty().isNotNull());
        empty.visibleProperty().bind(model.modelProperty().isNull());
        getChildren().addAll(content, empty);
    }

    private void poll() {
        ServerSample sample = model.poll();
        if (sample != null) {
            rate.add(sample.seconds(), sample.requestsPerSecond());
            latency.add(sample.seconds(), sample.latencyMillis());
        }
    }

    private Node header() {
        Label title = new Label("Deploy");
        title.getStyleClass().add("section-title");
        Label modelLabel = new Label();
        modelLabel.setId("deploy-model");
        modelLabel.getStyleClass().add("muted");
        model.modelProperty().addListener((o, a, b) -> modelLabel.setText(describe(b)));
        modelLabel.setText(describe(model.modelProperty().get()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("deploy-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, modelLabel, spacer, status, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("screen-header");
        return header;
    }

    private static String describe(TrainedModel trained) {
        return trained == null ? "" : trained.runName() + " · " + trained.prepared().targetName()
                + " · " + trained.dataset().name();
    }

    private Node filesSection() {
        Button save = new Button("Save model bundle…");
        save.setId("deploy-save");
        save.setTooltip(new Tooltip("A .ddmodel file with the network, its data preparation, the input schema and the test metrics; the CLI and the server load it."));
        save.setOnAction(e -> chooseFile("Save model bundle", "Model bundles", "*.ddmodel", "model.ddmodel")
                .ifPresent(model::saveBundle));
        Button onnx = new Button("Export ONNX…");
        onnx.setId("deploy-onnx");
        onnx.setTooltip(new Tooltip("The network and the scaling and one-hot steps as an ONNX graph for other runtimes."));
        onnx.setOnAction(e -> chooseFile("Export ONNX", "ONNX models", "*.onnx", "model.onnx")
                .ifPresent(model::exportOnnx));
        Button java = new Button("Export Java code…");
        java.setId("deploy-java");
        java.setTooltip(new Tooltip("A self-contained Java class that predicts from raw inputs, written into a folder you choose."));
        java.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the Java class");
            File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (dir != null) {
                model.exportJava(dir.toPath(), "DeepDeskModel");
            }
        });
        Button python = new Button("Export Python code…");
        python.setId("deploy-python");
        python.setTooltip(new Tooltip("A Python module with a numpy predict function that works from raw inputs."));
        python.setOnAction(e -> chooseFile("Export Python code", "Python files", "*.py", "deepdesk_model.py")
                .ifPresent(model::exportPython));
        for (Button b : new Button[] {save, onnx, java, python}) {
            b.disableProperty().bind(model.busyProperty());
        }
        HBox buttons = new HBox(10, save, onnx, java, python);
        Label note = new Label("Files are written in the background; the line at the top right says when they are done.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        return new VBox(8, sectionTitle("Keep the model"), buttons, note);
    }

    private Optional<Path> chooseFile(String title, String kind, String pattern,
                                                              String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private Node serverSection() {
        TextField host = new TextField("127.0.0.1");
        host.setEditable(false);
        host.setPrefColumnCount(9);
        host.setTooltip(new Tooltip("The server listens on this computer only; other computers cannot reach it."));
        TextField port = new TextField();
        port.setId("deploy-port");
        port.setPrefColumnCount(5);
        port.textProperty().bindBidirectional(model.portTextProperty());
        port.disableProperty().bind(model.servingProperty());
        port.setTooltip(new Tooltip("The TCP port to listen on. Default 8501, as TensorFlow Serving's REST API; 0 picks a free port."));
        Button start = new Button("Start server");
        start.setId("deploy-start");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.servingProperty().or(model.busyProperty()));
        start.setOnAction(e -> model.startServer());
        Button stop = new Button("Stop server");
        stop.setId("deploy-stop");
        stop.disableProperty().bind(model.servingProperty().not().or(model.busyProperty()));
        stop.setOnAction(e -> model.stopServer());
        Label total = new Label();
        total.setId("deploy-total");
        total.getStyleClass().add("muted");
        total.textProperty().bind(model.totalRequestsProperty().asString("%d requests answered"));
        total.visibleProperty().bind(model.servingProperty());
        HBox controls = new HBox(8, new Label("Host"), host, new Label("Port"), port, start, stop, total);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label newer = new Label();
        newer.setId("deploy-newer-model");
        newer.getStyleClass().add("field-error");
        newer.setWrapText(true);
        newer.textProperty().bind(Bindings.createStringBinding(() -> model.outdatedProperty().get()
                ? "The server still answers with " + model.servedRunProperty().get()
                        + "; stop and start it to serve " + describe(model.modelProperty().get()) + "."
                : "", model.outdatedProperty(), model.servedRunProperty(), model.modelProperty()));
        newer.visibleProperty().bind(model.outdatedProperty());
        newer.managedProperty().bind(model.outdatedProperty());

        GridPane access = new GridPane();
        access.setHgap(8);
        access.setVgap(6);
        access.add(new Label("URL"), 0, 0);
        access.add(copyable("deploy-url", model.predictUrlProperty()), 1, 0);
        access.add(new Label("Token"), 0, 1);
        access.add(copyable("deploy-token", model.tokenProperty()), 1, 1);
        access.getColumnConstraints().addAll(new ColumnConstraints(),
                growing());
        access.visibleProperty().bind(model.servingProperty());
        access.managedProperty().bind(model.servingProperty());

        HBox examples = new HBox(12, example("curl", "deploy-curl", model.curlExampleProperty()),
                example("Python (requests)", "deploy-python-example", model.pythonExampleProperty()));
        examples.visibleProperty().bind(model.servingProperty());
        examples.managedProperty().bind(model.servingProperty());

        rateChart.setPrefSize(420, 220);
        latencyChart.setPrefSize(420, 220);
        HBox.setHgrow(rateChart, Priority.ALWAYS);
        HBox.setHgrow(latencyChart, Priority.ALWAYS);
        HBox charts = new HBox(12, rateChart, latencyChart);
        ListView<String> log = new ListView<>(model.requestLog());
        log.setId("deploy-log");
        log.setPrefHeight(160);
        log.setPlaceholder(new Label("No requests yet."));
        log.setStyle("-fx-font-family: 'DejaVu Sans Mono';");
        Label logTitle = new Label("Last requests (newest first)");
        logTitle.getStyleClass().add("subsection-title");
        VBox live = new VBox(8, charts, logTitle, log);
        live.visibleProperty().bind(model.servingProperty());
        live.managedProperty().bind(model.servingProperty());

        Label explain = new Label("Serves the model over HTTP in the TensorFlow Serving REST format: POST {\"instances\": [...]}"
                + " to the URL below with the token as a bearer token. Each start makes a new token.");
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        return new VBox(8, sectionTitle("Prediction server"), explain, controls, newer, access, examples, live);
    }

    private static ColumnConstraints growing() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static Node copyable(String id, ObservableStringValue text) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.textProperty().bind(text);
        field.setStyle("-fx-font-family: 'DejaVu Sans Mono';");
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId(id + "-copy");
        copy.setOnAction(e -> copyToClipboard(text.get()));
        HBox box = new HBox(6, field, copy);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node example(String title, String id, ObservableStringValue text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(7);
        area.textProperty().bind(text);
        area.setStyle("-fx-font-family: 'DejaVu Sans Mono'; -fx-font-size: 0.92em;");
        Label label = new Label(title);
        label.getStyleClass().add("subsection-title");
        Button copy = new Button("Copy");
        copy.setId(id + "-copy");
        copy.setOnAction(e -> copyToClipboard(text.get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, label, spacer, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, bar, area);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(420);
        return box;
    }

    private static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
