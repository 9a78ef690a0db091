package deepdesk.ui;

import deepdesk.ui.common.chart.LiveLineChart;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole first session on the real application: open a sample, keep the suggested target,
 * apply a preset on the Model screen, add a layer, and start training on the Train screen, where
 * the loss chart receives points.
 */
class WorkflowTest extends FxRobot {

    private javafx.application.Application app;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DeepDeskApp::new);
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> lookup("#train-stop").queryButton().fire());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void openASampleApplyAPresetAddALayerAndWatchTheLossFall() throws Exception {
        clickOn("#start-sample-iris");
        waitUntil(() -> "iris.csv".equals(lookup("#dataset-title").queryAs(Label.class).getText()));
        assertEquals("Target: species", onFx(() -> lookup("#target-label").queryAs(Label.class).getText()));

        clickOn("#nav-model");
        waitUntil(() -> lookup("#model-editor").tryQuery().map(n -> n.isVisible()).orElse(false));
        MenuButton presets = lookup("#model-presets").queryAs(MenuButton.class);
        // Monocle does not open popup menus on a click; the item is chosen as a click would.
        MenuItem smallMlp = onFx(() -> presets.getItems().stream()
                .filter(i -> "preset-small-mlp-item".equals(i.getId())).findFirst().orElseThrow());
        interact(smallMlp::fire);
        Pane layers = lookup("#model-layers").queryAs(Pane.class);
        waitUntil(() -> layers.getChildren().size() == 2);
        clickOn("#model-add-layer");
        waitUntil(() -> layers.getChildren().size() == 3);

        clickOn("#nav-train");
        clickOn("#train-start");
        LiveLineChart loss = lookup("#train-loss-chart").queryAs(LiveLineChart.class);
        waitUntil(() -> !loss.series().isEmpty() && loss.series().get(0).size() >= 3);
        double first = onFx(() -> loss.series().get(0).y(0));
        waitUntil(() -> {
            int n = loss.series().get(0).size();
            return n >= 10 && loss.series().get(0).y(n - 1) < first;
        });
        assertTrue(onFx(() -> loss.series().get(0).size()) >= 10);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
