package deepdesk.ui.deploy;

import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.serving.ClientExamples;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.TrainedModelFixtures;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.LiveLineChart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class DeployViewTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "deploy-test-background");
        thread.setDaemon(true);
        return thread;
    });
    private TrainedModel trained;
    private DeployViewModel model;

    @Start
    void start(Stage stage) {
        trained = TrainedModelFixtures.classifier(20);
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.latestModelProperty().set(trained);
        model = new DeployViewModel(workbench, background, Platform::runLater);
        stage.setScene(new Scene(new DeployView(model), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        model.shutdown();
        background.shutdownNow();
        assertTrue(background.awaitTermination(5, TimeUnit.SECONDS));
    }

    @Test
    void startingTheServerAndSendingARequestMovesTheChartAndTheLog(FxRobot robot) throws Exception {
        TextField port = robot.lookup("#deploy-port").queryAs(TextField.class);
        TextField url = robot.lookup("#deploy-url").queryAs(TextField.class);
        TextField token = robot.lookup("#deploy-token").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        ListView<String> log = robot.lookup("#deploy-log").queryAs(ListView.class);
        LiveLineChart rateChart = robot.lookup("#deploy-rate-chart").queryAs(LiveLineChart.class);
        Button stop = robot.lookup("#deploy-stop").queryAs(Button.class);

        robot.interact(() -> port.setText("0"));
        robot.clickOn("#deploy-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !url.getText().isEmpty());
        String predictUrl = WaitForAsyncUtils.asyncFx(() -> url.getText()).get();
        String bearer = WaitForAsyncUtils.asyncFx(() -> token.getText()).get();
        assertTrue(predictUrl.startsWith("http://127.0.0.1:"), predictUrl);

        ModelBundle bundle = ModelBundle.fromTraining(trained.spec(), trained.weights(), trained.prepared(),
                trained.dataset());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(predictUrl))
                .header("Authorization", "Bearer " + bearer)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(ClientExamples.exampleBody(bundle.schema())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> log.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> peak(rateChart)).get() > 0);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> log.getItems().get(0)).get().contains(" 200 "));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stop.isDisabled());
        robot.clickOn("#deploy-stop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> url.getText().isEmpty());
    }

    private static double peak(LiveLineChart chart) {
        double peak = 0;
        ChartSeries series = chart.series().get(0);
        for (int i = 0; i < series.size(); i++) {
            peak = Math.max(peak, series.y(i));
        }
        return peak;
    }
}
