package deepdesk.ui;

import deepdesk.core.project.RecoveryStore;
import deepdesk.ui.training.RunEntry;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a crash, the next start offers the autosave; accepting it brings back the dataset and
 * every run, as a user sees them on the Data and Train screens.
 */
class ProjectRecoveryScreenTest extends FxRobot {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "deepdesk", "core",
            "project", "iris-v1.deepdesk");

    private final RecoveryStore recovery = RecoveryStore.standard();
    private Application app;

    @BeforeEach
    void leaveAnAutosaveAndStart() throws Exception {
        assertTrue(recovery.directory().startsWith(Path.of("target").toAbsolutePath())
                        || recovery.directory().startsWith(Path.of("target")),
                "tests keep the recovery folder under target/, not " + recovery.directory());
        recovery.clear();
        Files.createDirectories(recovery.directory());
        Files.copy(GOLDEN, recovery.directory().resolve("autosave.deepdesk"),
                StandardCopyOption.REPLACE_EXISTING);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DeepDeskApp::new);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        recovery.clear();
    }

    @Test
    void acceptingTheRecoveryOfferRestoresTheDatasetAndTheRuns() throws Exception {
        waitUntil(() -> !lookup(".dialog-pane").queryAll().isEmpty());
        assertTrue(onFx(() -> lookup(".dialog-pane .content").queryLabeled().getText()
                .contains("did not close normally")));
        clickOn(lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Yes")).queryButton());

        waitUntil(() -> "iris.csv".equals(((Label) lookup("#dataset-title").query()).getText()));
        waitUntil(() -> mainTitle().startsWith("*Untitled"));
        clickOn("#nav-train");
        TableView<RunEntry> runs = lookup("#run-table").queryTableView();
        waitUntil(() -> runs.getItems().size() == 2);
        assertEquals(List.of("Run 1", "longer"),
                onFx(() -> runs.getItems().stream().map(r -> r.nameProperty().get()).toList()));
        assertEquals(List.of(3, 5),
                onFx(() -> runs.getItems().stream().map(r -> r.epochsProperty().get()).toList()));

        // the recovered session is not saved yet, so quitting asks first; Cancel keeps it open
        // fired later, not through interact(), which would wait for the dialog to be answered
        Platform.runLater(() -> lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "menu-quit".equals(item.getId())).findFirst().orElseThrow().fire());
        waitUntil(() -> lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText().startsWith("Save the changes to Untitled")));
        clickOn(lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Cancel")).queryButton());
        assertTrue(onFx(() -> lookup("#main-window").query().getScene().getWindow().isShowing()));
    }

    private String mainTitle() {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage stage && stage.getTitle() != null
                    && stage.getTitle().endsWith("DeepDesk") && stage.getScene() != null
                    && stage.getScene().lookup("#main-window") != null) {
                return stage.getTitle();
            }
        }
        return "";
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
