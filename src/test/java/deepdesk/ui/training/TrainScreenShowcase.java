package deepdesk.ui.training;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.Samples;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingService;
import deepdesk.ui.MainWindow;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.PngWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the Train screen on a sample, starts training and saves a picture of the screen mid-run,
 * so the layout can be checked by eye in both themes. Not a test:
 *
 * <pre>
 * xvfb-run -a -s '-screen 0 1400x900x24' java -Dprism.order=sw \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     deepdesk.ui.training.TrainScreenShowcase spiral light 6 target/train-spiral-light.png
 * </pre>
 */
public final class TrainScreenShowcase {

    private TrainScreenShowcase() {
    }

    /**
     * Runs the showcase.
     *
     * @param args {@code spiral} or a sample's file name; {@code light} or {@code dark}; seconds
     *             of training before the picture; the PNG file to write
     */
    public static void main(String[] args) throws Exception {
        String data = args[0];
        boolean dark = "dark".equals(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        Dataset dataset;
        String target;
        if ("spiral".equals(data)) {
            dataset = TrainingFixtures.spiral(500);
            target = "label";
        } else {
            Samples.Sample sample = Samples.byFileName(data).orElseThrow();
            Path file = Samples.extract(sample);
            dataset = new CsvImporter().read(file, CsvSniffer.sniff(file), ProgressListener.NONE);
            target = sample.target();
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        TrainingService service = new TrainingService();
        CompletableFuture<TrainView> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            Workbench workbench = new Workbench(Runnable::run, Runnable::run);
            workbench.open(dataset, DatasetRoles.suggest(dataset, target));
            // what a user would pick on the Model screen: a deeper tanh network for the spiral
            PreparedData prepared = workbench.preparedProperty().get();
            TrainingConfig config = TrainViewModel.defaultConfig(prepared);
            if ("spiral".equals(data)) {
                config = config.withModel(ModelSpec.forClassification(prepared.train().width(), 2,
                        List.of(LayerSpec.of(8, Activation.TANH), LayerSpec.of(8, Activation.TANH),
                                LayerSpec.of(8, Activation.TANH))));
            }
            workbench.trainingConfigProperty().set(config.withMaxEpochs(5000)
                    .withEarlyStopping(EarlyStopping.after(400)));
            TrainViewModel model = new TrainViewModel(service, workbench, Runnable::run, Platform::runLater);
            TrainView view = new TrainView(model, new SimpleBooleanProperty(dark));
            Scene scene = new Scene(view, 1400, 900);
            scene.getStylesheets().add(MainWindow.class.getResource("/deepdesk/ui/deepdesk.css").toExternalForm());
            Stage stage = new Stage();
            stage.setTitle("DeepDesk: Train");
            stage.setScene(scene);
            stage.show();
            model.startTraining();
            shown.complete(view);
        });
        TrainView view = shown.get(60, TimeUnit.SECONDS);
        TimeUnit.SECONDS.sleep(seconds);
        CompletableFuture<Void> saved = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                PngWriter.write(view.getScene().snapshot(null), out);
                saved.complete(null);
            } catch (Exception e) {
                saved.completeExceptionally(e);
            }
        });
        saved.get(60, TimeUnit.SECONDS);
        System.out.println("saved " + out);
        service.awaitShutdown(5, TimeUnit.SECONDS);
        Platform.exit();
        System.exit(0);
    }
}
