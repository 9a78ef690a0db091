package deepdesk.ui.deploy;

import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.data.Dataset;
import deepdesk.core.serving.ClientExamples;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.TrainedModelFixtures;
import deepdesk.ui.common.Workbench;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeployViewModelTest {

    private static TrainedModel classifier;
    private DeployViewModel model;
    private Workbench workbench;

    @BeforeAll
    static void train() {
        classifier = TrainedModelFixtures.classifier(20);
    }

    private DeployViewModel deployOf(TrainedModel trained) {
        workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.latestModelProperty().set(trained);
        model = new DeployViewModel(workbench, Runnable::run, Runnable::run);
        return model;
    }

    @AfterEach
    void stop() {
        if (model != null) {
            model.shutdown();
        }
    }

    @Test
    void savesABundleThatLoadsAndPredictsLikeTheModel(@TempDir Path dir) throws Exception {
        DeployViewModel deploy = deployOf(classifier);
        Path file = dir.resolve("blobs.ddmodel");
        deploy.saveBundle(file);
        assertTrue(deploy.statusProperty().get().startsWith("Saved"), deploy.statusProperty().get());
        ModelBundle read = ModelBundle.read(file);
        assertEquals(classifier.spec(), read.spec());
        assertArrayEquals(classifier.weights(), read.weights());
        Predictor predictor = new Predictor(read);
        assertEquals(List.of("x1", "x2"), predictor.schema().names());
    }

    @Test
    void exportsOnnxJavaAndPython(@TempDir Path dir) throws Exception {
        DeployViewModel deploy = deployOf(classifier);
        deploy.exportOnnx(dir.resolve("m.onnx"));
        deploy.exportJava(dir.resolve("java"), "BlobModel");
        deploy.exportPython(dir.resolve("blob_model.py"));
        assertTrue(Files.size(dir.resolve("m.onnx")) > 100);
        assertTrue(Files.readString(dir.resolve("java/BlobModel.java")).contains("public final class BlobModel"));
        assertTrue(Files.readString(dir.resolve("blob_model.py")).contains("def predict"));
    }

    @Test
    void servesARealRequestAndCountsIt(@TempDir Path dir) throws Exception {
        DeployViewModel deploy = deployOf(classifier);
        deploy.portTextProperty().set("0");
        deploy.startServer();
        assertTrue(deploy.servingProperty().get(), deploy.statusProperty().get());
        String url = deploy.predictUrlProperty().get();
        String token = deploy.tokenProperty().get();
        assertTrue(url.startsWith("http://127.0.0.1:"), url);
        assertFalse(url.contains(":0/"), url);
        assertFalse(token.isEmpty());
        assertTrue(deploy.curlExampleProperty().get().contains(token));
        assertTrue(deploy.pythonExampleProperty().get().contains(url));
        assertNotNull(deploy.poll());

        deploy.saveBundle(dir.resolve("served.ddmodel"));
        ModelBundle bundle = ModelBundle.read(dir.resolve("served.ddmodel"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(ClientExamples.exampleBody(bundle.schema())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("predictions"), response.body());

        // the server counts a request just after answering it: look until it shows
        ServerSample sample = deploy.poll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sample.totalRequests() == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            sample = deploy.poll();
        }
        assertEquals(1, sample.totalRequests());
        assertEquals(1, deploy.totalRequestsProperty().get());
        assertTrue(sample.requestsPerSecond() > 0);
        assertTrue(sample.latencyMillis() > 0);
        assertEquals(1, deploy.requestLog().size());
        assertTrue(deploy.requestLog().get(0).contains("POST") && deploy.requestLog().get(0).contains(" 200 "),
                deploy.requestLog().get(0));

        assertFalse(deploy.outdatedProperty().get());
        workbench.latestModelProperty().set(TrainedModelFixtures.classifier(5));
        assertTrue(deploy.outdatedProperty().get());

        deploy.stopServer();
        assertFalse(deploy.outdatedProperty().get());
        assertFalse(deploy.servingProperty().get());
        assertEquals("", deploy.tokenProperty().get());
        assertNull(deploy.poll());
    }

    @Test
    void aBadPortIsExplainedAndNothingStarts() {
        DeployViewModel deploy = deployOf(classifier);
        deploy.portTextProperty().set("80000");
        deploy.startServer();
        assertFalse(deploy.servingProperty().get());
        assertTrue(deploy.statusProperty().get().contains("port"), deploy.statusProperty().get());
    }

    @Test
    void theModelNameComesFromTheDatasetAndIsUrlSafe() {
        Dataset renamed = new Dataset("my data (v2).csv", classifier.dataset().columns());
        TrainedModel trained = new TrainedModel(classifier.spec(), classifier.weights(), classifier.prepared(),
                renamed, "Run 1");
        assertEquals("my-data-v2", DeployViewModel.modelName(trained));
        Dataset symbols = new Dataset("???", classifier.dataset().columns());
        assertEquals("model", DeployViewModel.modelName(new TrainedModel(classifier.spec(), classifier.weights(),
                classifier.prepared(), symbols, "Run 1")));
    }
}
