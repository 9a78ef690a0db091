package deepdesk.ui;

import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.dataset.DatasetView;
import deepdesk.ui.dataset.DatasetViewModel;
import deepdesk.ui.dataset.SampleChoice;
import deepdesk.ui.dataset.SyntheticChoice;
import deepdesk.ui.learn.LessonPackCommands;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The main window: menu bar, a navigation rail with one entry per screen, the current screen, and
 * a status bar showing background work with its progress and a Cancel button. Accepts a CSV file
 * dropped anywhere on it and remembers its size, position and recent files.
 *
 * <p>Threading: FX thread only.
 */
public final class MainWindow {

    private final Stage stage;
    private final AppPreferences preferences;
    private final ThemeSwitcher theme;
    private final BackgroundWork work;
    private final DatasetViewModel datasetModel;
    private final DatasetView datasetView;
    private final Map<Section, Node> screens;
    private final Map<Section, ToggleButton> navigation = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final Menu recentMenu = new Menu("Recent files");
    private Menu fileMenu;
    private Menu viewMenu;
    private Node navigationRail;
    private Node statusBar;
    private LessonPackCommands lessonCommands;

    /**
     * Builds the window's scene on {@code stage}.
     *
     * @param screens the view of each screen
     */
    public MainWindow(Stage stage, AppPreferences preferences, ThemeSwitcher theme, BackgroundWork work,
                      DatasetViewModel datasetModel, DatasetView datasetView,
                      Map<Section, Node> screens) {
        this.stage = stage;
        this.preferences = preferences;
        this.theme = theme;
        this.work = work;
        this.datasetModel = datasetModel;
        this.datasetView = datasetView;
        this.screens = new EnumMap<>(screens);
        datasetModel.setOnFileOpened(file -> preferences.addRecentFile(file));
        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.getStyleClass().add("main-window");
        root.setTop(buildMenuBar());
        navigationRail = buildNavigation();
        root.setLeft(navigationRail);
        content.getStyleClass().add("screen-host");
        root.setCenter(content);
        statusBar = buildStatusBar();
        root.setBottom(statusBar);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/deepdesk/ui/deepdesk.css").toExternalForm());
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        stage.setTitle("DeepDesk");
        stage.getIcons().add(Logo.image(64));
        restoreBounds();
        stage.setOnHiding(e -> saveBounds());
        show(Section.DATA);
    }

    /** Adds Save, Save As and Open project to the File menu, above Quit. */
    public void addProjectCommands(ProjectCommands commands) {
        int quit = fileMenu.getItems().size() - 2;
        fileMenu.getItems().addAll(quit, commands.menuItems());
    }

    /**
     * Adds Open lesson and Save as lesson to the File menu, presentation mode to the View menu,
     * opens lesson packs dropped on the window, and hides the navigation and status bar while
     * presenting.
     */
    public void addLessonCommands(LessonPackCommands commands) {
        lessonCommands = commands;
        int recent = fileMenu.getItems().indexOf(recentMenu) + 1;
        fileMenu.getItems().add(recent, new SeparatorMenuItem());
        fileMenu.getItems().addAll(recent + 1, commands.fileMenuItems());
        viewMenu.getItems().addAll(new SeparatorMenuItem(), commands.presentationMenuItem());
        stage.getScene().getAccelerators().put(LessonPackCommands.PRESENTATION_KEY_ALTERNATIVE,
                commands::togglePresentation);
        commands.presentationProperty().addListener((o, a, on) -> {
            navigationRail.setVisible(!on);
            navigationRail.setManaged(!on);
            statusBar.setVisible(!on);
            statusBar.setManaged(!on);
        });
    }

    /** Shows {@code screen} in the content area. */
    public void show(Section screen) {
        content.getChildren().setAll(screens.get(screen));
        navigation.get(screen).setSelected(true);
    }

    private MenuBar buildMenuBar() {
        MenuItem newProject = item("New project", "menu-new-project",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    work.cancel();
                    datasetModel.close();
                    show(Section.DATA);
                });
        MenuItem open = item("Open CSV…", "menu-open-csv",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openCsv);
        Menu samples = new Menu("Open sample");
        samples.setId("menu-samples");
        for (SampleChoice sample : datasetModel.samples()) {
            MenuItem item = item(sample.title(), "menu-sample-" + sample.key().replaceFirst("\\.csv$", ""), null, () -> {
                show(Section.DATA);
                datasetModel.openSample(sample);
            });
            samples.getItems().add(item);
        }
        Menu synthetic = new Menu("Synthetic");
        synthetic.setId("menu-synthetic");
        for (SyntheticChoice generator : datasetModel.generators()) {
            synthetic.getItems().add(item(generator.title() + " (" + generator.task() + ")…",
                    "menu-synthetic-" + generator.key().toLowerCase(Locale.ROOT), null, () -> {
                        show(Section.DATA);
                        datasetView.generateInteractively(generator);
                    }));
        }
        if (!samples.getItems().isEmpty()) {
            samples.getItems().add(new SeparatorMenuItem());
        }
        samples.getItems().add(synthetic);
        recentMenu.setId("menu-recent");
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem quit = item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, newProject, open, samples, recentMenu, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        fileMenu = file;

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("menu-theme-light");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (theme.darkProperty().get() ? dark : light).setSelected(true);
        light.setOnAction(e -> theme.darkProperty().set(false));
        dark.setOnAction(e -> theme.darkProperty().set(true));
        theme.darkProperty().addListener((obs, old, now) -> (now ? dark : light).setSelected(true));
        Menu view = new Menu("View", null, light, dark, new SeparatorMenuItem());
        int key = 1;
        for (Section screen : Section.values()) {
            view.getItems().add(item(screen.title(), "menu-go-" + screen.name().toLowerCase(Locale.ROOT),
                    new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(key++)), KeyCombination.SHORTCUT_DOWN),
                    () -> show(screen)));
        }
        view.setId("menu-view");
        viewMenu = view;

        MenuItem shortcuts = item("Keyboard shortcuts", "menu-shortcuts",
                new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        MenuItem about = item("About DeepDesk", "menu-about", null, this::showAbout);
        Menu help = new Menu("Help", null, shortcuts, about);
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> files = preferences.recentFiles();
        for (Path file : files) {
            recentMenu.getItems().add(item(file.getFileName() + "  —  " + file.getParent(), null, null, () -> {
                show(Section.DATA);
                datasetView.importFile(file);
            }));
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().addAll(new SeparatorMenuItem(), item("Clear recent files", "menu-recent-clear", null,
                    preferences::clearRecentFiles));
        }
    }

    private Node buildNavigation() {
        ImageView logo = new ImageView(Logo.image(40));
        logo.setFitWidth(36);
        logo.setFitHeight(36);
        VBox rail = new VBox(4);
        rail.setId("navigation");
        rail.getStyleClass().add("nav-rail");
        rail.setAlignment(Pos.TOP_CENTER);
        rail.setPadding(new Insets(12, 8, 12, 8));
        rail.getChildren().add(logo);
        Region gap = new Region();
        gap.setMinHeight(10);
        rail.getChildren().add(gap);
        ToggleGroup group = new ToggleGroup();
        for (Section screen : Section.values()) {
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> show(screen));
            navigation.put(screen, button);
            rail.getChildren().add(button);
        }
        // decision: a selected navigation button stays selected when clicked again.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return rail;
    }

    private Node buildStatusBar() {
        StatusBar status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(work.messageProperty());
        status.progressProperty().bind(work.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("small");
        cancel.visibleProperty().bind(work.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> work.cancel());
        status.getRightItems().add(cancel);
        return status;
    }

    private void openCsv() {
        show(Section.DATA);
        datasetView.chooseAndImport();
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(event -> {
            Dragboard board = event.getDragboard();
            if (board.hasFiles() && board.getFiles().size() == 1 && board.getFiles().get(0).isFile()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Dragboard board = event.getDragboard();
            boolean done = board.hasFiles() && !board.getFiles().isEmpty();
            if (done) {
                Path file = board.getFiles().get(0).toPath();
                if (lessonCommands != null && LessonPackCommands.isLessonPack(file)) {
                    lessonCommands.open(file);
                } else {
                    show(Section.DATA);
                    datasetView.importFile(file);
                }
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        String shortcut = "Ctrl";
        String[][] rows = {
            {shortcut + "+O", "Open a CSV file"},
            {shortcut + "+N", "New project (close the dataset)"},
            {shortcut + "+1 … 6", "Go to Data, Model, Train, Evaluate, Deploy, Learn"},
            {shortcut + "+Q", "Quit"},
            {"F5 or " + shortcut + "+Shift+P", "Presentation mode on the Learn screen"},
            {"Esc", "Leave presentation mode"},
            {"F1", "This list"},
            {"Drop a file", "Open a CSV file or lesson pack dropped on the window"},
        };
        for (int i = 0; i < rows.length; i++) {
            Label keys = new Label(rows[i][0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(i, keys, new Label(rows[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About DeepDesk");
        alert.setHeaderText("DeepDesk 0.1.0");
        alert.setGraphic(new ImageView(Logo.image(48)));
        Label text = new Label("A desktop workbench for building, training, understanding and serving neural "
                + "networks on tabular data.\n\nJava " + System.getProperty("java.version")
                + " · JavaFX " + System.getProperty("javafx.runtime.version"));
        text.setWrapText(true);
        text.setMaxWidth(380);
        VBox.setVgrow(text, Priority.ALWAYS);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    private void restoreBounds() {
        AppPreferences.WindowBounds bounds = preferences.windowBounds();
        if (bounds == null || Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(),
                bounds.height()).isEmpty()) {
            stage.setWidth(1360);
            stage.setHeight(860);
            stage.centerOnScreen();
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private void saveBounds() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.setWindowBounds(new AppPreferences.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), false));
        } else {
            AppPreferences.WindowBounds old = preferences.windowBounds();
            if (old != null) {
                preferences.setWindowBounds(new AppPreferences.WindowBounds(old.x(), old.y(), old.width(),
                        old.height(), stage.isMaximized()));
            }
        }
        preferences.flush();
    }
}
