package deepdesk.ui.evaluation;

import deepdesk.core.evaluation.ClassificationEvaluation;
import deepdesk.ui.common.NumberLabels;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.TrainedModelFixtures;
import deepdesk.ui.common.Workbench;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
class EvaluationViewTest {

    private Workbench workbench;
    private EvaluationViewModel model;
    private TrainedModel trained;

    @Start
    void start(Stage stage) {
        trained = TrainedModelFixtures.classifier(30);
        workbench = new Workbench(Runnable::run, Runnable::run);
        model = new EvaluationViewModel(workbench, Runnable::run, Platform::runLater);
        stage.setScene(new Scene(new EvaluationView(model), 1280, 800));
        stage.show();
    }

    @Test
    void showsAnEmptyStateUntilAModelArrivesThenItsMetricsAndFiltersByConfusionCell(FxRobot robot)
            throws Exception {
        Node empty = robot.lookup("#evaluation-empty").query();
        assertTrue(empty.isVisible());
        robot.interact(() -> workbench.latestModelProperty().set(trained));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(empty.isVisible());
        ClassificationEvaluation c = (ClassificationEvaluation) model.resultProperty().get().evaluation();
        Label accuracy = robot.lookup("#metric-accuracy").queryAs(Label.class);
        assertEquals(NumberLabels.format(c.accuracy()), accuracy.getText());
        @SuppressWarnings("unchecked")
        TableView<PredictionRow> table = robot.lookup("#evaluation-predictions").queryAs(TableView.class);
        assertEquals(c.rows(), table.getItems().size());

        robot.clickOn("#confusion-1-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == c.confusion().count(1, 1));
        assertTrue(robot.lookup("#evaluation-show-all").query().isVisible());
        robot.clickOn("#evaluation-show-all");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == c.rows());
    }
}
