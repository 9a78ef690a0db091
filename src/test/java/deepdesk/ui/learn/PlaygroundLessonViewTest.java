package deepdesk.ui.learn;

import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.lesson.PlaygroundFeature;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.chart.HeatmapView;
import deepdesk.ui.common.chart.NetworkDiagram;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class PlaygroundLessonViewTest {

    private PlaygroundLessonViewModel model;
    private PlaygroundLessonView view;

    @Start
    void start(Stage stage) {
        model = new PlaygroundLessonViewModel(new TrainingService(), Runnable::run, Platform::runLater,
                Debouncer.after(Duration.millis(100)));
        view = new PlaygroundLessonView(model);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.dispose()).get(5, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    @Test
    void theLessonWaitsAtEpochZeroAndPlayProducesHeatMapUpdates(FxRobot robot) throws Exception {
        HeatmapView output = view.outputView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(output::updateCount) >= 1);
        assertEquals(TrainingState.PAUSED, onFx(() -> model.stateProperty().get()));
        assertEquals(0, onFx(() -> model.epochProperty().get()));
        int before = onFx(output::updateCount);
        robot.clickOn("#playground-play");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(output::updateCount) >= before + 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> view.lossChart().series().get(0).size()) > 0);
        Label epoch = robot.lookup("#playground-epoch").queryAs(Label.class);
        assertFalse(onFx(epoch::getText).equals("Epoch 0"), onFx(epoch::getText));
        HeatmapView neuron = robot.lookup("#playground-neuron-0-0").queryAs(HeatmapView.class);
        assertTrue(onFx(neuron::updateCount) >= 1, "each neuron's picture is drawn too");
        robot.clickOn("#playground-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> model.stateProperty().get()) == TrainingState.PAUSED);
    }

    @Test
    void aSlowSpeedTrainsAnEpochAtATime(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> model.stateProperty().get()) == TrainingState.PAUSED);
        robot.interact(() -> model.speedProperty().set(PlaygroundSpeed.SLOW));
        robot.clickOn("#playground-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model.epochProperty().get()) >= 2);
        int epochs = onFx(() -> model.epochProperty().get());
        assertTrue(epochs <= 10, "five epochs a second, not flat out: " + epochs);
        robot.interact(() -> model.speedProperty().set(PlaygroundSpeed.FULL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model.epochProperty().get()) > 100);
        robot.clickOn("#playground-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> model.stateProperty().get()) == TrainingState.PAUSED);
    }

    @Test
    void stepTrainsExactlyOneEpoch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> model.stateProperty().get()) == TrainingState.PAUSED);
        robot.clickOn("#playground-step");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model.epochProperty().get()) == 1);
        robot.clickOn("#playground-step");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model.epochProperty().get()) == 2);
        assertEquals(TrainingState.PAUSED, onFx(() -> model.stateProperty().get()));
    }

    @Test
    void togglingAFeatureChangesTheNetworksInputCountInTheDiagram(FxRobot robot) throws Exception {
        NetworkDiagram diagram = view.networkDiagram();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> diagram.unitCentre(0, 1)).isPresent());
        assertFalse(onFx(() -> diagram.unitCentre(0, 2)).isPresent(), "two inputs at first");
        robot.clickOn("#playground-feature-x1_squared");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> diagram.unitCentre(0, 2)).isPresent());
        assertEquals(3, onFx(() -> model.pictureProperty().get().layerSizes()[0]));
        // the new run trains on three inputs
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model.runCount()) == 2);
        assertEquals(3, onFx(() -> model.dataProperty().get().trainingData().train().width()));
        robot.clickOn("#playground-feature-x1");
        robot.clickOn("#playground-feature-x2");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onFx(() -> diagram.unitCentre(0, 1)).isPresent());
        robot.clickOn("#playground-feature-x1_squared");
        ToggleButton last = robot.lookup("#playground-feature-x1_squared").queryAs(ToggleButton.class);
        assertTrue(onFx(last::isSelected), "the last feature stays on");
        assertTrue(onFx(() -> model.featureProperty(PlaygroundFeature.X1_SQUARED).get()));
    }

    @Test
    void hoveringAndClickingANeuronShowsItLarge(FxRobot robot) throws Exception {
        HeatmapView output = view.outputView();
        Label caption = robot.lookup("#playground-output-caption").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(output::updateCount) >= 1);
        int before = onFx(output::updateCount);
        robot.moveTo("#playground-neuron-0-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(caption::getText).startsWith("Neuron 2 of hidden layer 1"));
        assertTrue(onFx(output::updateCount) > before);
        robot.clickOn("#playground-neuron-0-1");
        robot.moveTo("#playground-play");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(caption::getText).contains("click it again"));
        robot.clickOn("#playground-neuron-0-1");
        robot.moveTo("#playground-play");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(caption::getText).startsWith("The network"));
    }

    @Test
    void changingTheDataOrLayersRestartsWithTheNewSettings(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model.runCount()) == 1);
        ToggleButton spiral = robot.lookup("#playground-shape-spiral").queryAs(ToggleButton.class);
        javafx.scene.control.Button addLayer =
                robot.lookup("#playground-add-layer").queryAs(javafx.scene.control.Button.class);
        robot.interact(() -> {
            spiral.fire();
            addLayer.fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model.runCount()) == 2);
        assertEquals(SyntheticShape.SPIRAL, onFx(() -> model.settings().shape()));
        assertEquals(java.util.List.of(4, 2, 2), onFx(() -> model.settings().hiddenLayers()));
        assertEquals(3, onFx(() -> model.pictureProperty().get().layerSizes().length - 2),
                "one restart for the burst, with three hidden layers");
        assertTrue(robot.lookup("#playground-neuron-2-1").tryQuery().isPresent());
        robot.clickOn("#playground-shape-plane");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !onFx(() -> model.dataProperty().get().isClassification()));
        assertEquals(3, onFx(() -> model.runCount()));
    }

    @Test
    void settingsRoundTripAsPlainText() throws Exception {
        Map<String, String> saved = onFx(view::settings);
        assertEquals("x1,x2", saved.get("features"));
        assertEquals("4,2", saved.get("hiddenLayers"));
        Map<String, String> changed = new HashMap<>(saved);
        changed.put("features", "x1^2,x2^2");
        changed.put("hiddenLayers", "");
        changed.put("dataset", "XOR");
        onFx(() -> {
            view.applySettings(changed);
            return null;
        });
        Map<String, String> now = onFx(view::settings);
        assertEquals("x1^2,x2^2", now.get("features"));
        assertEquals("", now.get("hiddenLayers"));
        assertEquals("XOR", now.get("dataset"));
        Throwable refused = onFx(() -> {
            try {
                view.applySettings(Map.of("features", "x1,cos(x1)"));
                return null;
            } catch (IllegalArgumentException e) {
                return e;
            }
        });
        assertTrue(refused != null && refused.getMessage().contains("features")
                && refused.getMessage().contains("cos(x1)"), String.valueOf(refused));
    }
}
