package deepdesk.ui;

import atlantafx.base.theme.PrimerLight;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.Samples;
import deepdesk.core.serving.ClientExamples;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.TrainedModelFixtures;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.PngWriter;
import deepdesk.ui.deploy.DeployView;
import deepdesk.ui.deploy.DeployViewModel;
import deepdesk.ui.evaluation.EvaluationView;
import deepdesk.ui.evaluation.EvaluationViewModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Trains a small model on a sample, opens the Evaluate or Deploy screen on it and saves a picture,
 * so the layout can be checked by eye. For Deploy it starts the server and sends it requests
 * first, so the live chart and log have something to show. Not a test:
 *
 * <pre>
 * xvfb-run -a -s '-screen 0 1400x900x24' java -Dprism.order=sw \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     deepdesk.ui.EvaluateDeployShowcase evaluate iris.csv target/evaluate-iris.png
 * </pre>
 */
public final class EvaluateDeployShowcase {

    private EvaluateDeployShowcase() {
    }

    /**
     * Runs the showcase.
     *
     * @param args {@code evaluate} or {@code deploy}; a sample's file name; the PNG file to write
     */
    public static void main(String[] args) throws Exception {
        boolean deploy = "deploy".equals(args[0]);
        Samples.Sample sample = Samples.byFileName(args[1]).orElseThrow();
        Path out = Path.of(args[2]);
        Path file = Samples.extract(sample);
        Dataset dataset = new CsvImporter().read(file, CsvSniffer.sniff(file), ProgressListener.NONE);
        TrainedModel trained = TrainedModelFixtures.train(dataset, sample.target(), 150);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        CompletableFuture<DeployViewModel> deployModel = new CompletableFuture<>();
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Workbench workbench = new Workbench(Runnable::run, Runnable::run);
            workbench.latestModelProperty().set(trained);
            Parent view;
            if (deploy) {
                DeployViewModel model = new DeployViewModel(workbench, Runnable::run, Platform::runLater);
                model.portTextProperty().set("0");
                view = new DeployView(model);
                model.startServer();
                deployModel.complete(model);
            } else {
                view = new EvaluationView(new EvaluationViewModel(workbench, Runnable::run, Platform::runLater));
            }
            Scene scene = new Scene(view, 1400, 900);
            scene.getStylesheets().add(MainWindow.class.getResource("/deepdesk/ui/deepdesk.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            shown.complete(scene);
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        if (deploy) {
            DeployViewModel model = deployModel.get();
            String url = CompletableFuture.supplyAsync(() -> model.predictUrlProperty().get(), Platform::runLater)
                    .get(10, TimeUnit.SECONDS);
            String token = CompletableFuture.supplyAsync(() -> model.tokenProperty().get(), Platform::runLater)
                    .get(10, TimeUnit.SECONDS);
            ModelBundle bundle = ModelBundle.fromTraining(trained.spec(), trained.weights(), trained.prepared(),
                    trained.dataset());
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(ClientExamples.exampleBody(bundle.schema()))).build();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
            while (System.nanoTime() < end) {
                client.send(request, HttpResponse.BodyHandlers.discarding());
                TimeUnit.MILLISECONDS.sleep((System.nanoTime() / 1_000_000) % 7);
            }
        } else {
            TimeUnit.SECONDS.sleep(3);
        }
        CompletableFuture<Void> saved = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                PngWriter.write(scene.snapshot(null), out);
                saved.complete(null);
            } catch (Exception e) {
                saved.completeExceptionally(e);
            }
        });
        saved.get(60, TimeUnit.SECONDS);
        System.out.println("saved " + out);
        if (deploy) {
            Platform.runLater(() -> deployModel.join().shutdown());
        }
        Platform.exit();
        System.exit(0);
    }
}
