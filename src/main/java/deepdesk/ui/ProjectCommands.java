package deepdesk.ui;

import deepdesk.core.project.DatasetReference;
import deepdesk.core.project.ProjectStore;
import deepdesk.core.project.Recovery;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The project part of the File menu (Save, Save As, Open project) with its dialogs, the window
 * title that shows the project and its unsaved changes, the autosave timer, and the offer to
 * recover an autosave at start.
 *
 * <p>Threading: FX thread only.
 */
public final class ProjectCommands {

    /** How often the session is autosaved while it has unsaved changes. */
    static final Duration AUTOSAVE_EVERY = Duration.minutes(1);

    private final Stage stage;
    private final ProjectSession session;
    private final Timeline autosave;
    private final ChangeListener<String> titleListener;
    private final ChangeListener<String> noticeListener;

    /**
     * Binds the window title to the session and starts the autosave timer.
     *
     * @param stage   the main window
     * @param session the open project
     */
    public ProjectCommands(Stage stage, ProjectSession session) {
        this.stage = stage;
        this.session = session;
        this.titleListener = (o, before, now) -> stage.setTitle(now);
        this.noticeListener = (o, before, now) -> tell(now);
        // decision: copied rather than bound, so that whoever builds a window on this stage
        // later can still set its title
        stage.setTitle(session.titleProperty().get());
        session.titleProperty().addListener(titleListener);
        session.noticeProperty().addListener(noticeListener);
        stage.setOnCloseRequest(this::confirmClose);
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> session.autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
    }

    /** The menu items to put in the File menu, in order. */
    public List<MenuItem> menuItems() {
        MenuItem open = MainWindow.item("Open project…", "menu-open-project",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::openProject);
        MenuItem save = MainWindow.item("Save", "menu-save",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        MenuItem saveAs = MainWindow.item("Save As…", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::saveAs);
        return List.of(new SeparatorMenuItem(), open, save, saveAs);
    }

    /** Offers to recover an autosave that is newer than the last save. */
    public void offerRecovery() {
        session.offerRecovery(this::askToRecover, this::locate);
    }

    /** Stops the timer and deletes the autosave; called when the application closes normally. */
    public void close() {
        autosave.stop();
        session.titleProperty().removeListener(titleListener);
        session.noticeProperty().removeListener(noticeListener);
        session.closing();
    }

    private void save() {
        if (!session.save()) {
            saveAs();
        }
    }

    private void saveAs() {
        saveAs(() -> { });
    }

    /** Asks whether to save unsaved changes before the window closes. */
    private void confirmClose(WindowEvent event) {
        if (!session.dirtyProperty().get()) {
            return;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discardButton = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to "
                + session.displayName()
                + " before closing?", saveButton, discardButton, ButtonType.CANCEL);
        alert.setHeaderText("Unsaved changes");
        alert.initOwner(stage);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == discardButton) {
            session.discardChanges();
            return;
        }
        event.consume();
        if (answer == saveButton) {
            Runnable closeWhenSaved = stage::close;
            if (session.fileProperty().get() != null) {
                session.saveAs(session.fileProperty().get(), closeWhenSaved);
            } else {
                saveAs(closeWhenSaved);
            }
        }
    }

    private void saveAs(Runnable whenSaved) {
        FileChooser chooser = chooser("Save project");
        Path current = session.fileProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path target = chosen.toPath();
            String suffix = "." + ProjectStore.EXTENSION;
            if (!target.getFileName().toString().endsWith(suffix)) {
                target = target.resolveSibling(target.getFileName() + suffix);
            }
            session.saveAs(target, whenSaved);
        }
    }

    private void openProject() {
        File chosen = chooser("Open project").showOpenDialog(stage);
        if (chosen != null) {
            session.open(chosen.toPath(), this::locate);
        }
    }

    private Path locate(DatasetReference missing) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The project's dataset is no longer at "
                + missing.path() + ".\nLocate the CSV file?", ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Dataset not found");
        alert.initOwner(stage);
        if (alert.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return null;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Locate " + missing.file().getFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.tsv", "*.txt"));
        File chosen = chooser.showOpenDialog(stage);
        return chosen == null ? null : chosen.toPath();
    }

    private boolean askToRecover(Recovery recovery) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(recovery.savedAt().atZone(ZoneId.systemDefault()));
        String of = recovery.origin() == null ? "an unsaved session" : recovery.origin().toString();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "DeepDesk did not close normally. An autosave of "
                + of + " from " + when + " has changes that were not saved.\nRecover it?",
                ButtonType.YES, ButtonType.NO);
        alert.setHeaderText("Recover unsaved work?");
        alert.initOwner(stage);
        return alert.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DeepDesk projects",
                "*." + ProjectStore.EXTENSION));
        return chooser;
    }

    private void tell(String notice) {
        // decision: success is visible in the title; only problems and warnings interrupt
        if (notice == null || notice.isEmpty() || notice.startsWith("Saved ") || notice.startsWith("Opened ")
                || notice.startsWith("Recovered ")) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, notice, ButtonType.OK);
        alert.setHeaderText("Project");
        alert.initOwner(stage);
        alert.show();
    }
}
