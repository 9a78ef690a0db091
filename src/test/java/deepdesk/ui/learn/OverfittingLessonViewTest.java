package deepdesk.ui.learn;

import deepdesk.core.training.TrainingService;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.chart.ChartSeries;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class OverfittingLessonViewTest {

    private OverfittingLessonViewModel model;
    private OverfittingLessonView view;

    @Start
    void start(Stage stage) {
        model = new OverfittingLessonViewModel(new TrainingService(), Runnable::run, Platform::runLater,
                Debouncer.after(Duration.millis(250)));
        view = new OverfittingLessonView(model);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.dispose()).get(5, TimeUnit.SECONDS);
    }

    private static int size(ChartSeries series) throws Exception {
        return WaitForAsyncUtils.asyncFx(series::size).get(5, TimeUnit.SECONDS);
    }

    @Test
    void showingTheLessonTrainsAndTheChartReceivesBothLosses() throws Exception {
        ChartSeries train = view.lossChart().series().get(0);
        ChartSeries validation = view.lossChart().series().get(1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> size(train) > 20);
        assertTrue(size(validation) > 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.fitPlot().curveRepaints() > 0);
    }

    @Test
    void aBurstOfSettingChangesRestartsTrainingOnce(FxRobot robot) throws Exception {
        ChartSeries train = view.lossChart().series().get(0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> size(train) > 0);
        assertEquals(1, model.runCount());
        Slider noise = robot.lookup("#overfitting-noise").queryAs(Slider.class);
        Slider size = robot.lookup("#overfitting-size").queryAs(Slider.class);
        robot.interact(() -> {
            noise.setValue(0.5);
            noise.setValue(0.6);
            size.setValue(2);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.runCount() == 2);
        assertEquals(0.6, model.settings().noise(), 1e-9);
        assertEquals(8, model.settings().hiddenUnits());
        // the chart starts over with the new run and fills again
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.stateProperty().get().isTerminal() && size(train) > 0
                        && model.dataProperty().get().trainX().length == 16);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> train.x(train.size() - 1) == train.size()).get());
        assertEquals(2, model.runCount(), "one restart for the whole burst");
    }

    @Test
    void settingsRoundTripAsPlainTextAndBadValuesAreRefusedByKey() throws Exception {
        Map<String, String> saved = WaitForAsyncUtils.asyncFx(view::settings).get();
        assertEquals("16", saved.get("trainPoints"));
        Map<String, String> changed = new HashMap<>(saved);
        changed.put("l2", "0.001");
        changed.put("earlyStopping", "true");
        changed.put("unknown", "ignored");
        WaitForAsyncUtils.asyncFx(() -> view.applySettings(changed)).get();
        assertEquals("0.001", WaitForAsyncUtils.asyncFx(view::settings).get().get("l2"));
        assertEquals("true", WaitForAsyncUtils.asyncFx(view::settings).get().get("earlyStopping"));
        Map<String, String> bad = Map.of("noise", "loud");
        Throwable e = WaitForAsyncUtils.asyncFx(() -> {
            try {
                view.applySettings(bad);
                return null;
            } catch (IllegalArgumentException refused) {
                return refused;
            }
        }).get();
        assertTrue(e instanceof IllegalArgumentException, String.valueOf(e));
        assertTrue(e.getMessage().contains("noise") && e.getMessage().contains("loud"), e.getMessage());
        assertEquals("overfitting", view.lessonId());
        assertTrue(view.controls().stream().anyMatch(c -> c.id().equals("l2")));
    }
}
