package deepdesk.ui.evaluation;

import atlantafx.base.theme.PrimerLight;
import deepdesk.core.bundle.Prediction;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.training.TrainingConfig;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.NumberLabels;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.TrainedModelFixtures;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.PngWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clicks through the Evaluate screen's tools: predict a file, the what-if form and
 * cross-validation; saves pictures of the screen under {@code target/evaluate-shots}.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationToolsViewTest {

    private static final Path SHOTS = Path.of("target", "evaluate-shots");

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "evaluation-test-worker");
        thread.setDaemon(true);
        return thread;
    });
    private Workbench workbench;
    private EvaluationViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workbench = new Workbench(Runnable::run, Runnable::run);
        model = new EvaluationViewModel(workbench, Debouncer.after(Duration.millis(100)), background,
                Platform::runLater);
        scene = new Scene(new EvaluationView(model), 1280, 800);
        scene.getStylesheets().add(EvaluationView.class.getResource("/deepdesk/ui/deepdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static Dataset sample(String name) throws Exception {
        Path path = Path.of("samples", name);
        return new CsvImporter().read(path, CsvSniffer.sniff(path), ProgressListener.NONE);
    }

    private void showModel(FxRobot robot, Dataset dataset, String target, int epochs) throws Exception {
        TrainedModel trained = TrainedModelFixtures.train(dataset, target, epochs);
        robot.interact(() -> workbench.latestModelProperty().set(trained));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#evaluation-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Files.createDirectories(SHOTS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                PngWriter.write(scene.snapshot(null), SHOTS.resolve(name + ".png"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void predictAFileReportsTheMissingColumnAndTheUnseenCategoryAndPredictsTheRest(FxRobot robot)
            throws Exception {
        showModel(robot, sample("penguins.csv"), "species", 40);
        shoot(robot, "evaluate-penguins-metrics");
        Path dir = Files.createDirectories(Path.of("target", "evaluate-files"));
        Path file = dir.resolve("new-penguins.csv");
        Files.write(file, List.of(
                "species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g",
                "Adelie,Torgersen,39.1,18.7,181,3750",
                "Gentoo,Atlantis,46.1,13.2,211,4500",
                "Chinstrap,Dream,46.5,17.9,192,3500",
                "Gentoo,Biscoe,x,15.2,218,5700"), StandardCharsets.UTF_8);
        selectTab(robot, 1);
        robot.interact(() -> model.filePrediction().predict(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.filePrediction().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        VBox report = robot.lookup("#file-report").queryAs(VBox.class);
        String text = report.getChildren().stream().map(n -> ((Label) n).getText())
                .collect(Collectors.joining("\n"));
        assertTrue(text.contains("Missing column \"sex\""), text);
        assertTrue(text.contains("\"Atlantis\" × 1"), text);
        assertTrue(text.contains("Wrong type in \"bill_length_mm\""), text);
        assertTrue(text.startsWith("2 of 4 rows predicted; 2 skipped."), text);
        TableView<?> table = robot.lookup("#file-predictions").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertTrue(table.getColumns().stream().anyMatch(c -> c.getText().equals("Right")),
                "the file has the target, so rightness is shown");
        shoot(robot, "evaluate-penguins-file");
    }

    @Test
    void typingInTheWhatIfFormChangesThePredictionAndABadValueIsMarked(FxRobot robot) throws Exception {
        showModel(robot, sample("auto-mpg.csv"), "mpg", 120);
        shoot(robot, "evaluate-auto-mpg-metrics");
        selectTab(robot, 2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.whatIf().predictionProperty().get().isEmpty());
        Label prediction = robot.lookup("#whatif-prediction").queryAs(Label.class);
        String before = prediction.getText();
        assertTrue(robot.lookup("#whatif-source").queryAs(Label.class).getText().contains("first test row"));

        TextField weight = robot.lookup("#whatif-weight-lbs").queryAs(TextField.class);
        retype(robot, weight, "5200");
        String heavy = expected("5200");
        // each keystroke is a valid number, so wait for the prediction of the whole value
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prediction.getText().equals(heavy));
        assertNotEquals(before, prediction.getText());
        Label hint = robot.lookup("#whatif-hint-weight-lbs").queryAs(Label.class);
        assertTrue(hint.getText().startsWith("outside the training range"), hint.getText());
        assertTrue(robot.lookup("#whatif-title").queryAs(Label.class).getText().contains("mpg"));
        shoot(robot, "evaluate-auto-mpg-whatif");

        retype(robot, weight, "heavy");
        Label problem = robot.lookup("#whatif-problem-weight-lbs").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problem.isVisible()
                && problem.getText().contains("\"heavy\""));
        assertTrue(problem.getText().contains("must be a number"), problem.getText());
        assertTrue(weight.getStyleClass().contains("invalid-field"));
        assertEquals("", prediction.getText());
        shoot(robot, "evaluate-auto-mpg-whatif-invalid");

        retype(robot, weight, "1800");
        String light = expected("1800");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prediction.getText().equals(light));
        assertFalse(problem.isVisible());
        assertTrue(hint.getText().startsWith("training range"), hint.getText());
        assertTrue(Double.parseDouble(light) > Double.parseDouble(heavy),
                "a light car goes further per gallon than a heavy one");
    }

    private static void retype(FxRobot robot, TextField field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the model itself predicts for the form's values with {@code weight} as the weight. */
    private String expected(String weight) throws Exception {
        Map<String, Object> input = new HashMap<>();
        for (WhatIfField field : model.whatIf().fields()) {
            String value = field.name().equals("weight_lbs") ? weight : field.valueProperty().get();
            input.put(field.name(), value.isEmpty() ? null : value);
        }
        Prediction p = new ModelPredictors().of(model.modelProperty().get()).predict(List.of(input)).get(0);
        return NumberLabels.precise(p.values()[0]);
    }

    @Test
    void crossValidationShowsMeanAndSpreadForEveryMetric(FxRobot robot) throws Exception {
        Dataset iris = sample("iris.csv");
        showModel(robot, iris, "species", 30);
        DatasetRoles roles = DatasetRoles.suggest(iris, "species");
        TrainedModel trained = model.modelProperty().get();
        ModelSpec spec = trained.spec();
        robot.interact(() -> {
            workbench.open(iris, roles);
            workbench.trainingConfigProperty().set(TrainingConfig.defaults(spec).withMaxEpochs(30));
        });
        selectTab(robot, 3);
        @SuppressWarnings("unchecked")
        Spinner<Integer> folds = robot.lookup("#cv-folds").queryAs(Spinner.class);
        robot.interact(() -> folds.getValueFactory().setValue(3));
        robot.clickOn("#cv-run");
        TableView<?> table = robot.lookup("#cv-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, model.crossValidation().resultProperty().get().foldCount());
        assertEquals(2 + 3, table.getColumns().size(), "metric, mean ± std and one column per fold");
        String summary = (String) table.getColumns().get(1).getCellData(0);
        assertTrue(summary.contains("±"), summary);
        assertEquals("Accuracy", table.getColumns().get(0).getCellData(0));
        Node cancel = robot.lookup("#cv-cancel").query();
        assertFalse(cancel.isVisible(), "nothing left to cancel");
        shoot(robot, "evaluate-iris-cv");
    }
}
