package deepdesk.ui.learn;

import deepdesk.core.lesson.LessonPack;
import deepdesk.core.lesson.LessonPackException;
import deepdesk.core.lesson.LessonPackStore;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Opening and saving lesson packs and switching presentation mode, for the File and View menus
 * and the Learn screen's own buttons. Files are read and written on the worker; the dialogs and
 * the screen are touched on the FX thread.
 *
 * <p>Threading: FX thread only; file work runs on the worker executor.
 */
public final class LessonPackCommands {

    /** The key that switches presentation mode, shown in the View menu. */
    public static final KeyCombination PRESENTATION_KEY = new KeyCodeCombination(KeyCode.F5);
    /** A second key for presentation mode, for keyboards where F5 is hard to reach. */
    public static final KeyCombination PRESENTATION_KEY_ALTERNATIVE = new KeyCodeCombination(
            KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Window owner;
    private final LearnView learn;
    private final Runnable showLearn;
    private final Executor worker;
    private final Executor fx;

    /**
     * Connects the commands to the Learn screen's buttons.
     *
     * @param owner     the main window, owner of the dialogs
     * @param learn     the Learn screen
     * @param showLearn brings the Learn screen to the front
     * @param worker    where files are read and written
     * @param fx        how results reach the FX thread
     */
    public LessonPackCommands(Window owner, LearnView learn, Runnable showLearn, Executor worker,
                              Executor fx) {
        this.owner = owner;
        this.learn = learn;
        this.showLearn = showLearn;
        this.worker = worker;
        this.fx = fx;
        learn.setOnOpenLesson(this::chooseAndOpen);
        learn.setOnSaveAsLesson(this::saveAsLesson);
        learn.presentationProperty().addListener((o, a, on) -> {
            if (on) {
                showLearn.run();
            }
        });
    }

    /** "Open lesson…" and "Save as lesson…", for the File menu. */
    public List<MenuItem> fileMenuItems() {
        MenuItem open = new MenuItem("Open lesson…");
        open.setId("menu-open-lesson");
        open.setOnAction(e -> chooseAndOpen());
        MenuItem save = new MenuItem("Save as lesson…");
        save.setId("menu-save-lesson");
        save.setOnAction(e -> saveAsLesson());
        return List.of(open, save);
    }

    /** "Presentation mode" (F5, also Ctrl+Shift+P), or "Leave presentation mode" while it is on. */
    public MenuItem presentationMenuItem() {
        MenuItem item = new MenuItem();
        item.setId("menu-presentation");
        item.textProperty().bind(learn.presentationProperty().map(on -> on
                ? "Leave presentation mode (Esc)" : "Presentation mode (also Ctrl+Shift+P)"));
        item.setAccelerator(PRESENTATION_KEY);
        item.setOnAction(e -> togglePresentation());
        return item;
    }

    /** Switches presentation mode on or off. */
    public void togglePresentation() {
        learn.presentationProperty().set(!learn.presentationProperty().get());
    }

    /** Whether presentation mode is on. */
    public ObservableBooleanValue presentationProperty() {
        return learn.presentationProperty();
    }

    /** Whether {@code file} looks like a lesson pack, by its extension. */
    public static boolean isLessonPack(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith("." + LessonPackStore.EXTENSION);
    }

    /** Reads {@code file} on the worker and opens it on the Learn screen, or says what is wrong. */
    public void open(Path file) {
        List<String> known = learn.lessonIds();
        worker.execute(() -> {
            try {
                LessonPack pack = LessonPackStore.read(file, known);
                fx.execute(() -> show(file, pack));
            } catch (LessonPackException e) {
                fx.execute(() -> tell("Cannot open the lesson pack", e.getMessage()));
            }
        });
    }

    private void show(Path file, LessonPack pack) {
        try {
            learn.openPack(pack);
            showLearn.run();
        } catch (IllegalArgumentException e) {
            tell("Cannot open the lesson pack", file + ": " + e.getMessage());
        }
    }

    private void chooseAndOpen() {
        File chosen = chooser("Open lesson").showOpenDialog(owner);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void saveAsLesson() {
        showLearn.run();
        LessonPackDialog dialog = new LessonPackDialog(learn.currentLesson(), learn.lastPack());
        dialog.initOwner(owner);
        LessonPack pack = dialog.showAndWait().orElse(null);
        if (pack == null) {
            return;
        }
        FileChooser chooser = chooser("Save lesson");
        chooser.setInitialFileName((pack.title().isBlank() ? pack.lesson()
                : pack.title().replaceAll("[^\\p{L}\\p{N} _-]", "").strip()) + "." + LessonPackStore.EXTENSION);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        if (!isLessonPack(target)) {
            target = target.resolveSibling(target.getFileName() + "." + LessonPackStore.EXTENSION);
        }
        Path file = target;
        learn.rememberPack(pack);
        worker.execute(() -> {
            try {
                LessonPackStore.write(file, pack);
            } catch (LessonPackException e) {
                fx.execute(() -> tell("Cannot save the lesson pack", e.getMessage()));
            }
        });
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DeepDesk lessons",
                "*." + LessonPackStore.EXTENSION));
        return chooser;
    }

    private void tell(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.show();
    }
}
