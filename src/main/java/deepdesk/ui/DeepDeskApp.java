package deepdesk.ui;

import deepdesk.core.project.RecoveryStore;
import deepdesk.core.training.TrainingService;
import deepdesk.ui.builder.ModelView;
import deepdesk.ui.builder.ModelViewModel;
import deepdesk.ui.common.BackgroundExecutor;
import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.dataset.CoreDataOperations;
import deepdesk.ui.dataset.DatasetView;
import deepdesk.ui.dataset.DatasetViewModel;
import deepdesk.ui.deploy.DeployView;
import deepdesk.ui.deploy.DeployViewModel;
import deepdesk.ui.evaluation.EvaluationView;
import deepdesk.ui.evaluation.EvaluationViewModel;
import deepdesk.ui.learn.LearnView;
import deepdesk.ui.learn.LessonPackCommands;
import deepdesk.ui.training.TrainView;
import deepdesk.ui.training.TrainViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.EnumMap;
import java.util.Map;

/**
 * The JavaFX application and composition root: builds every service and view and wires them by
 * constructor.
 *
 * <p>Threading: {@link #start} and {@link #stop} run on the FX thread.
 */
public final class DeepDeskApp extends Application {

    private BackgroundExecutor executor;
    private AppPreferences preferences;
    private TrainingService training;
    private DeployViewModel deploy;
    private ProjectCommands projectCommands;
    private LearnView learn;

    @Override
    public void start(Stage stage) {
        // decision: two workers on a two-core machine: one long job (an import) can run while
        // statistics and plots of the open dataset keep updating.
        executor = new BackgroundExecutor(2);
        preferences = new AppPreferences();
        ThemeSwitcher theme = new ThemeSwitcher(preferences);
        BackgroundWork work = new BackgroundWork(executor, Platform::runLater);
        Workbench workbench = new Workbench(executor, Platform::runLater);
        DatasetViewModel datasetModel = new DatasetViewModel(new CoreDataOperations(), workbench,
                Debouncer.after(Duration.millis(250)), work, executor, Platform::runLater);
        DatasetView datasetView = new DatasetView(datasetModel);
        Map<Section, Node> screens = new EnumMap<>(Section.class);
        screens.put(Section.DATA, datasetView);
        screens.put(Section.MODEL, new ModelView(new ModelViewModel(workbench), theme.darkProperty()));
        training = new TrainingService();
        TrainViewModel trainModel = new TrainViewModel(training, workbench, executor, Platform::runLater);
        trainModel.datasetSourceProperty().bind(datasetModel.sourceProperty());
        screens.put(Section.TRAIN, new TrainView(trainModel, theme.darkProperty()));
        ReferenceRowLink.link(trainModel, workbench);
        screens.put(Section.EVALUATE, new EvaluationView(new EvaluationViewModel(workbench, executor,
                Platform::runLater)));
        deploy = new DeployViewModel(workbench, executor, Platform::runLater);
        screens.put(Section.DEPLOY, new DeployView(deploy));
        learn = new LearnView(LearnView.standardLessons(executor, Platform::runLater,
                workbench.datasetProperty()), theme.darkProperty());
        screens.put(Section.LEARN, learn);
        MainWindow window = new MainWindow(stage, preferences, theme, work, datasetModel, datasetView, screens);
        ProjectSession session = new ProjectSession(workbench, datasetModel, trainModel, training,
                RecoveryStore.standard(), executor, Platform::runLater);
        projectCommands = new ProjectCommands(stage, session);
        window.addProjectCommands(projectCommands);
        window.addLessonCommands(new LessonPackCommands(stage, learn, () -> window.show(Section.LEARN),
                executor, Platform::runLater));
        stage.show();
        projectCommands.offerRecovery();
    }

    @Override
    public void stop() {
        if (projectCommands != null) {
            projectCommands.close();
        }
        if (preferences != null) {
            preferences.flush();
        }
        if (deploy != null) {
            deploy.shutdown();
        }
        if (learn != null) {
            learn.dispose();
        }
        if (training != null) {
            training.close();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
