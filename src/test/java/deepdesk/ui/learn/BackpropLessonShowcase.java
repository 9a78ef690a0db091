package deepdesk.ui.learn;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import deepdesk.ui.MainWindow;
import deepdesk.ui.Section;
import deepdesk.ui.common.chart.PngWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Opens lesson 3 inside a stand-in for the main window (menu bar, navigation rail, the Learn
 * screen's lesson list, status bar), walks to a stage and saves a picture at a window size, so
 * the layout can be checked by eye. Not a test:
 *
 * <pre>
 * xvfb-run -a -s '-screen 0 2000x1200x24' java -Dprism.order=sw \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     deepdesk.ui.learn.BackpropLessonShowcase 1280 800 12 light target/backprop-1280x800.png 3
 * </pre>
 */
public final class BackpropLessonShowcase {

    private BackpropLessonShowcase() {
    }

    /**
     * Runs the showcase.
     *
     * @param args window width and height; how many times to press Next; {@code light} or
     *             {@code dark}; the PNG file to write; optionally the hidden units (3 unless given)
     */
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        boolean dark = "dark".equals(args[3]);
        Path out = Path.of(args[4]);
        int hiddenUnits = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            BackpropLessonViewModel model = new BackpropLessonViewModel(Runnable::run, Runnable::run);
            model.hiddenUnitsProperty().set(hiddenUnits);
            BackpropLessonView lesson = new BackpropLessonView(model);
            lesson.setDark(dark);
            for (int i = 0; i < steps; i++) {
                model.next();
            }
            BorderPane learn = new BorderPane(lesson.view());
            Label heading = new Label("Lessons");
            heading.getStyleClass().add("title-4");
            VBox lessons = new VBox(8, heading, new ToggleButton("1. Linear regression and gradient descent"),
                    new ToggleButton("2. One neuron and its activation"), new ToggleButton(lesson.title()));
            lessons.getChildren().forEach(n -> {
                if (n instanceof ToggleButton b) {
                    b.setWrapText(true);
                    b.setMaxWidth(Double.MAX_VALUE);
                }
            });
            lessons.setPadding(new Insets(12));
            lessons.setPrefWidth(210);
            lessons.setMinWidth(210);
            learn.setLeft(lessons);
            VBox rail = new VBox(4);
            rail.getStyleClass().add("nav-rail");
            rail.setPadding(new Insets(60, 8, 12, 8));
            for (Section s : Section.values()) {
                ToggleButton b = new ToggleButton(s.title());
                b.getStyleClass().add("nav-button");
                b.setMaxWidth(Double.MAX_VALUE);
                b.setSelected(s == Section.LEARN);
                rail.getChildren().add(b);
            }
            BorderPane root = new BorderPane(learn);
            root.setTop(new MenuBar(new Menu("File"), new Menu("View"), new Menu("Help")));
            root.setLeft(rail);
            Label status = new Label("Ready");
            status.setPadding(new Insets(4, 8, 4, 8));
            root.setBottom(status);
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(MainWindow.class.getResource("/deepdesk/ui/deepdesk.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            shown.complete(scene);
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        TimeUnit.SECONDS.sleep(2);
        CompletableFuture<Void> saved = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Files.createDirectories(out.toAbsolutePath().getParent());
                PngWriter.write(scene.snapshot(null), out);
                saved.complete(null);
            } catch (Exception e) {
                saved.completeExceptionally(e);
            }
        });
        saved.get(60, TimeUnit.SECONDS);
        System.out.println("saved " + out);
        Platform.exit();
        System.exit(0);
    }
}
