package deepdesk.ui.builder;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.TaskKind;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.NetworkDiagram;
import deepdesk.ui.common.chart.PngWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
class ModelViewTest {

    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    private Workbench workbench;
    private ModelViewModel model;
    private ModelView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workbench = TestData.workbench();
        model = new ModelViewModel(workbench);
        view = new ModelView(model, dark);
        scene = new Scene(view, 1260, 780);
        scene.getStylesheets().add(ModelView.class.getResource("/deepdesk/ui/deepdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private int tableRows(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#model-analysis-table").queryAs(TableView.class);
        return onFx(() -> table.getItems().size());
    }

    /** Where the diagram draws the first unit of layer 3, which moves left when a layer is added. */
    private double thirdLayerX(FxRobot robot) throws Exception {
        NetworkDiagram diagram = robot.lookup("#model-diagram").queryAs(NetworkDiagram.class);
        return onFx(() -> {
            diagram.layout();
            return diagram.unitCentre(3, 0).orElseThrow()[0];
        });
    }

    @Test
    void showsWhatToDoUntilDataIsPrepared(FxRobot robot) throws Exception {
        Label text = robot.lookup("#model-empty-state .empty-state-text").queryAs(Label.class);
        assertEquals("Open a dataset and choose a target on the Data screen.", onFx(text::getText));
        onFx(() -> {
            TestData.open(workbench, TestData.classes(200, 2), "label", TaskKind.CLASSIFICATION);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#model-empty-state").tryQuery().isEmpty());
        assertTrue(robot.lookup("#model-analysis-table").tryQuery().isPresent());
    }

    @Test
    void applyingAPresetAndAddingALayerUpdateTheDiagramAndAnalyser(FxRobot robot) throws Exception {
        onFx(() -> {
            TestData.open(workbench, TestData.classes(200, 2), "label", TaskKind.CLASSIFICATION);
            return null;
        });
        robot.clickOn("#model-presets");
        robot.clickOn("#preset-playground");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, tableRows(robot));
        double outputX = thirdLayerX(robot);
        Label total = robot.lookup("#model-total-parameters").queryAs(Label.class);
        assertEquals("Total: 25 parameters", onFx(total::getText));

        robot.clickOn("#model-add-layer");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, tableRows(robot));
        assertTrue(thirdLayerX(robot) < outputX - 10, "the diagram makes room for the new layer");
        assertEquals("Total: 31 parameters", onFx(total::getText));
        assertTrue(robot.lookup("#model-layer-2").tryQuery().isPresent());

        robot.clickOn("#model-layer-0-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, tableRows(robot));
        robot.clickOn("#model-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, tableRows(robot));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, tableRows(robot));
        assertEquals(outputX, thirdLayerX(robot), 0.5);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, tableRows(robot));
    }

    @Test
    void anInvalidLearningRateIsRefusedAtTheField(FxRobot robot) throws Exception {
        onFx(() -> {
            TestData.open(workbench, TestData.classes(200, 2), "label", TaskKind.CLASSIFICATION);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = workbench.trainingConfigProperty().get().optimizer().learningRate();
        robot.doubleClickOn("#model-setting-learning-rate");
        robot.eraseText(12).write("-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#model-setting-learning-rate-error").queryAs(Label.class);
        assertTrue(onFx(error::isVisible));
        assertEquals("The learning rate must be greater than 0.", onFx(error::getText));
        assertEquals(before, workbench.trainingConfigProperty().get().optimizer().learningRate());

        robot.eraseText(12).write("0.2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(error::isVisible));
        assertEquals(0.2, workbench.trainingConfigProperty().get().optimizer().learningRate());
    }

    @Test
    void readsInBothThemes(FxRobot robot) throws Exception {
        onFx(() -> {
            workbench.preparationSettingsProperty().set(PreparationSettings.defaults());
            TestData.open(workbench, TestData.regression(400, 6, false), "y", TaskKind.REGRESSION);
            model.applyPreset(Preset.PLAYGROUND);
            return null;
        });
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        for (boolean isDark : new boolean[] {false, true}) {
            WritableImage image = onFx(() -> {
                Application.setUserAgentStylesheet(isDark ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
                dark.set(isDark);
                view.applyCss();
                view.layout();
                return scene.snapshot(null);
            });
            Path file = folder.resolve(isDark ? "model-dark.png" : "model-light.png");
            PngWriter.write(image, file);
            assertTrue(Files.size(file) > 10_000);
            PixelReader pixels = image.getPixelReader();
            double corner = pixels.getColor(5, (int) image.getHeight() - 5).getBrightness();
            assertEquals(isDark, corner < 0.5, "background brightness " + corner);
        }
    }
}
