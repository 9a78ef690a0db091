package deepdesk.ui;

import deepdesk.core.data.Dataset;
import deepdesk.core.data.synthetic.SyntheticSettings;
import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.builder.ModelViewModel;
import deepdesk.ui.common.TrainedWeights;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.NetworkPicture;
import deepdesk.ui.training.TrainViewModel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The Model screen's diagram follows the weights of the run the Train screen is training. */
class LiveWeightsTest {

    private final TrainingService service = new TrainingService();

    @AfterEach
    void shutDown() throws InterruptedException {
        service.awaitShutdown(5, TimeUnit.SECONDS);
    }

    private static void drainUntil(TrainViewModel train, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            train.bridge().drain();
        }
    }

    @Test
    void theDiagramAnimatesWithTheRunAndSettlesOnItsLastWeights() {
        Dataset spiral = SyntheticShape.SPIRAL.generate(new SyntheticSettings(300, 0.1, 7));
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.open(spiral, DatasetRoles.suggest(spiral, "label"));
        ModelViewModel model = new ModelViewModel(workbench);
        TrainViewModel train = new TrainViewModel(service, workbench, Runnable::run, Runnable::run);
        workbench.trainingConfigProperty().set(workbench.trainingConfigProperty().get()
                .withMaxEpochs(1_000_000).withEarlyStopping(EarlyStopping.OFF));
        assertFalse(model.pictureProperty().get().hasWeights());
        AtomicInteger published = new AtomicInteger();
        workbench.trainedWeightsProperty().addListener((o, a, b) -> published.incrementAndGet());

        long begin = System.nanoTime();
        train.startTraining();
        drainUntil(train, () -> model.pictureProperty().get().hasWeights(), "weights on the diagram");
        TrainedWeights first = workbench.trainedWeightsProperty().get();
        assertSamePicture(first, model.pictureProperty().get());

        drainUntil(train, () -> workbench.trainedWeightsProperty().get().epoch() > first.epoch() + 5,
                "weights five epochs later");
        double seconds = (System.nanoTime() - begin) / 1e9;
        TrainedWeights later = workbench.trainedWeightsProperty().get();
        assertSamePicture(later, model.pictureProperty().get());
        assertFalse(java.util.Arrays.deepEquals(first.weights(), later.weights()), "the diagram moved");
        double limit = seconds * 1e9 / 250_000_000L + 2;
        assertTrue(published.get() <= limit, published.get() + " weight snapshots in " + seconds + " s");

        train.stopTraining();
        drainUntil(train, () -> train.stateProperty().get() == TrainingState.STOPPED
                && !train.bridge().isPredictionInFlight(), "the run to stop");
        int finalEpoch = train.epochProperty().get();
        drainUntil(train, () -> workbench.trainedWeightsProperty().get().epoch() == finalEpoch,
                "the last weights");
        assertSamePicture(workbench.trainedWeightsProperty().get(), model.pictureProperty().get());

        model.addLayer();
        assertFalse(model.pictureProperty().get().hasWeights(), "an edited network has no trained weights");
    }

    private static void assertSamePicture(TrainedWeights trained, NetworkPicture picture) {
        assertNotNull(trained);
        assertTrue(picture.hasWeights());
        float[][] weights = trained.weights();
        float[][] biases = trained.biases();
        for (int l = 0; l < weights.length; l++) {
            assertArrayEquals(weights[l], picture.weights()[l]);
            assertArrayEquals(biases[l], picture.biases()[l]);
        }
    }
}
