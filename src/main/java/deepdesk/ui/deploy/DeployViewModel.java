package deepdesk.ui.deploy;

import deepdesk.core.bundle.InferenceCodeExporter;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.OnnxExporter;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.serving.BearerToken;
import deepdesk.core.serving.ClientExamples;
import deepdesk.core.serving.PredictionServer;
import deepdesk.core.serving.RequestRecord;
import deepdesk.core.serving.ServerSettings;
import deepdesk.core.serving.ServerStats;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.Workbench;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and commands of the Deploy screen: save the latest model as a bundle, export it to
 * ONNX or inference code, and serve it over HTTP with live traffic figures.
 *
 * <p>Threading: FX thread only. Building the bundle, writing files and starting or stopping the
 * server run on the background executor; results come back through the FX executor.
 * {@link #poll()} reads the server's counters, which is cheap and safe on the FX thread.
 */
public final class DeployViewModel {

    /** How many requests the log keeps. */
    public static final int LOG_SIZE = 50;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final ReadOnlyObjectWrapper<TrainedModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final StringProperty portText =
            new SimpleStringProperty(this, "portText", Integer.toString(ServerSettings.DEFAULT_PORT));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper serving = new ReadOnlyBooleanWrapper(this, "serving");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyStringWrapper predictUrl = new ReadOnlyStringWrapper(this, "predictUrl", "");
    private final ReadOnlyStringWrapper token = new ReadOnlyStringWrapper(this, "token", "");
    private final ReadOnlyStringWrapper curlExample = new ReadOnlyStringWrapper(this, "curlExample", "");
    private final ReadOnlyStringWrapper pythonExample = new ReadOnlyStringWrapper(this, "pythonExample", "");
    private final ReadOnlyStringWrapper servedRun = new ReadOnlyStringWrapper(this, "servedRun", "");
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(this, "outdated");
    private final ReadOnlyLongWrapper totalRequests = new ReadOnlyLongWrapper(this, "totalRequests");
    private final ObservableList<String> requestLog = FXCollections.observableArrayList();
    private final Executor background;
    private final Executor fx;
    private PredictionServer server;
    private ServerStats lastStats;
    private TrainedModel served;
    private TrainedModel bundled;
    private ModelBundle bundle;

    /**
     * Creates the view model.
     *
     * @param workbench  the shared state; its latest model is the one saved and served
     * @param background where bundles are built, files written and the server started
     * @param fx         how results reach the FX thread ({@code Platform::runLater} in the app)
     */
    public DeployViewModel(Workbench workbench, Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        model.bind(workbench.latestModelProperty());
        model.addListener((o, a, b) -> outdated.set(served != null && b != served));
    }

    /** Whether the server runs an older model than the latest one; restarting serves the latest. */
    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }

    /** The model saved and served, or {@code null} before any training run has ended. */
    public ReadOnlyObjectProperty<TrainedModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The port the server listens on, as typed; 0 lets the system choose a free one. */
    public StringProperty portTextProperty() {
        return portText;
    }

    /** Whether a file is being written or the server is starting or stopping. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the prediction server is running. */
    public ReadOnlyBooleanProperty servingProperty() {
        return serving.getReadOnlyProperty();
    }

    /** What just happened or went wrong, for the user; empty at first. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The server's base URL while it runs, else empty. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    /** The predict endpoint's URL while the server runs, else empty. */
    public ReadOnlyStringProperty predictUrlProperty() {
        return predictUrl.getReadOnlyProperty();
    }

    /** The bearer token clients must send while the server runs, else empty. */
    public ReadOnlyStringProperty tokenProperty() {
        return token.getReadOnlyProperty();
    }

    /** A ready-to-paste curl command for this model while the server runs, else empty. */
    public ReadOnlyStringProperty curlExampleProperty() {
        return curlExample.getReadOnlyProperty();
    }

    /** A ready-to-paste Python snippet for this model while the server runs, else empty. */
    public ReadOnlyStringProperty pythonExampleProperty() {
        return pythonExample.getReadOnlyProperty();
    }

    /** The name of the run the server serves, else empty. */
    public ReadOnlyStringProperty servedRunProperty() {
        return servedRun.getReadOnlyProperty();
    }

    /** Every request the running server has answered. */
    public ReadOnlyLongProperty totalRequestsProperty() {
        return totalRequests.getReadOnlyProperty();
    }

    /** The last requests answered, newest first, one line each. */
    public ObservableList<String> requestLog() {
        return requestLog;
    }

    /** Saves the model bundle ({@code *.ddmodel}) to {@code file}. */
    public void saveBundle(Path file) {
        write("Saved the model bundle to ", file, b -> b.write(file));
    }

    /** Exports the network and its preparation to ONNX. */
    public void exportOnnx(Path file) {
        write("Exported ONNX to ", file, b -> OnnxExporter.export(b, file));
    }

    /** Writes a self-contained Java class {@code className} into {@code dir}. */
    public void exportJava(Path dir, String className) {
        write("Exported Java code to ", dir.resolve(className + ".java"),
                b -> InferenceCodeExporter.exportJava(b, dir, className));
    }

    /** Writes a Python module with a numpy {@code predict} function. */
    public void exportPython(Path file) {
        write("Exported Python code to ", file, b -> InferenceCodeExporter.exportPython(b, file));
    }

    /**
     * Starts the prediction server for the current model on 127.0.0.1 and the chosen port,
     * with a fresh token.
     */
    public void startServer() {
        TrainedModel current = model.get();
        if (current == null || serving.get() || busy.get()) {
            return;
        }
        int port;
        try {
            port = Integer.parseInt(portText.get().trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            status.set("The port must be a whole number from 0 to 65535 (0 picks a free one).");
            return;
        }
        ServerSettings settings = ServerSettings.defaults().withPort(port)
                .withModelName(modelName(current));
        busy.set(true);
        status.set("Starting the server…");
        background.execute(() -> {
            try {
                ModelBundle b = bundleOf(current);
                PredictionServer started = PredictionServer.start(new Predictor(b), settings,
                        BearerToken.generate());
                fx.execute(() -> serverStarted(started, current, b));
            } catch (Exception e) {
                fx.execute(() -> {
                    busy.set(false);
                    status.set("The server could not start: " + e.getMessage());
                });
            }
        });
    }

    /** Stops the server, letting requests in progress finish for up to a second. */
    public void stopServer() {
        PredictionServer running = server;
        if (running == null) {
            return;
        }
        server = null;
        served = null;
        outdated.set(false);
        busy.set(true);
        background.execute(() -> {
            running.stop(Duration.ofSeconds(1));
            fx.execute(() -> {
                busy.set(false);
                serving.set(false);
                url.set("");
                predictUrl.set("");
                token.set("");
                curlExample.set("");
                pythonExample.set("");
                servedRun.set("");
                status.set("The server stopped.");
            });
        });
    }

    /**
     * Reads the server's counters and returns its traffic since the last call, refreshing the
     * request log; {@code null} when no server runs. The view calls it on a timer.
     */
    public ServerSample poll() {
        PredictionServer running = server;
        if (running == null) {
            return null;
        }
        ServerStats now = running.metrics().snapshot();
        ServerStats before = lastStats;
        lastStats = now;
        totalRequests.set(now.requests());
        List<RequestRecord> recent = now.recent();
        List<String> lines = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0 && lines.size() < LOG_SIZE; i--) {
            lines.add(describe(recent.get(i)));
        }
        if (!lines.equals(requestLog)) {
            requestLog.setAll(lines);
        }
        return new ServerSample(now.uptimeSeconds(), now.requestsPerSecondSince(before),
                1000 * now.meanLatencySecondsSince(before), now.requests());
    }

    /**
     * Stops the server at once, on the calling thread; for when the application closes.
     */
    public void shutdown() {
        PredictionServer running = server;
        server = null;
        if (running != null) {
            running.stop(Duration.ofMillis(200));
        }
    }

    private void serverStarted(PredictionServer started, TrainedModel current, ModelBundle b) {
        busy.set(false);
        server = started;
        // decision: the baseline is taken at start, so a request that lands before the first
        // look still shows up as traffic instead of vanishing into the baseline
        lastStats = started.metrics().snapshot();
        serving.set(true);
        url.set(started.url());
        predictUrl.set(started.predictUrl());
        token.set(started.token().reveal());
        curlExample.set(ClientExamples.curl(started.predictUrl(), started.token().reveal(), b.schema()));
        pythonExample.set(ClientExamples.python(started.predictUrl(), started.token().reveal(), b.schema()));
        servedRun.set(current.runName());
        served = current;
        outdated.set(model.get() != current);
        requestLog.clear();
        totalRequests.set(0);
        List<String> warnings = started.warnings();
        status.set(warnings.isEmpty() ? "Serving " + current.runName() + " at " + started.url()
                : String.join("; ", warnings));
    }

    private void write(String done, Path shown, BundleWrite action) {
        TrainedModel current = model.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        status.set("Writing " + shown.getFileName() + "…");
        background.execute(() -> {
            String message;
            try {
                action.write(bundleOf(current));
                message = done + shown;
            } catch (Exception e) {
                message = "Could not write " + shown.getFileName() + ": " + e.getMessage();
            }
            String finalMessage = message;
            fx.execute(() -> {
                busy.set(false);
                status.set(finalMessage);
            });
        });
    }

    /** The bundle of {@code trained}, built once per model; called on the background thread. */
    private synchronized ModelBundle bundleOf(TrainedModel trained) {
        if (bundled != trained) {
            bundle = ModelBundle.fromTraining(trained.spec(), trained.weights(), trained.prepared(),
                    trained.dataset());
            bundled = trained;
        }
        return bundle;
    }

    /** A URL-safe model name from the dataset's name, such as {@code auto-mpg}. */
    static String modelName(TrainedModel trained) {
        String name = trained.dataset().name().replaceFirst("\\.[A-Za-z]+$", "")
                .replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "model" : name;
    }

    private static String describe(RequestRecord r) {
        String latency = r.latencyMicros() < 1000 ? r.latencyMicros() + " µs"
                : String.format(Locale.ROOT, "%.1f ms", r.latencyMicros() / 1000.0);
        return TIME.format(r.time()) + "  " + r.method() + " " + r.path() + "  " + r.status()
                + "  " + latency + (r.instances() > 0 ? "  " + r.instances() + " instance"
                + (r.instances() == 1 ? "" : "s") : "");
    }

    /** Writes something made from a bundle; called on the background thread. */
    @FunctionalInterface
    private interface BundleWrite {
        void write(ModelBundle bundle) throws Exception;
    }
}
