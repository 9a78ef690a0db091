package deepdesk.ui.learn;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import deepdesk.core.training.TrainingService;
import deepdesk.ui.MainWindow;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.chart.PngWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Shows lesson 4 or 5 in a window of the given size, framed as the Learn screen frames it (the
 * application's menu bar and navigation rail, the lesson list), lets it train for a while and
 * saves a picture, so the layout can be checked by eye at projector and laptop sizes. Not a test:
 *
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     deepdesk.ui.learn.LessonShowcase playground 1280 800 light 4 target/playground.png
 * </pre>
 */
public final class LessonShowcase {

    private LessonShowcase() {
    }

    /**
     * Runs the showcase.
     *
     * @param args {@code overfitting} or {@code playground}; window width and height; {@code light}
     *             or {@code dark}; seconds of training before the picture; the PNG file to write;
     *             optionally the lesson's settings as {@code key=value} pairs joined by {@code ;}
     */
    public static void main(String[] args) throws Exception {
        String lesson = args[0];
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        boolean dark = "dark".equals(args[3]);
        int seconds = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        Map<String, String> settings = new HashMap<>();
        if (args.length > 6) {
            for (String pair : args[6].split(";")) {
                String[] keyValue = pair.split("=", 2);
                settings.put(keyValue[0], keyValue[1]);
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            LessonPage page = "overfitting".equals(lesson)
                    ? new OverfittingLessonView(new OverfittingLessonViewModel(new TrainingService(),
                            Runnable::run, Platform::runLater, Debouncer.after(Duration.millis(250))))
                    : new PlaygroundLessonView(new PlaygroundLessonViewModel(new TrainingService(),
                            Runnable::run, Platform::runLater, Debouncer.after(Duration.millis(250))));
            page.setDark(dark);
            page.applySettings(settings);
            BorderPane root = new BorderPane(page.view());
            Region menu = new Region();
            menu.setPrefHeight(30);
            root.setTop(menu);
            root.setLeft(new HBox(rail(), lessonList(page.title())));
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(MainWindow.class.getResource("/deepdesk/ui/deepdesk.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            page.run();
            shown.complete(scene);
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        TimeUnit.SECONDS.sleep(seconds);
        CompletableFuture<Void> saved = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
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

    private static Node rail() {
        Region rail = new Region();
        rail.setPrefWidth(96);
        rail.setMinWidth(96);
        return rail;
    }

    private static Node lessonList(String current) {
        VBox side = new VBox(8);
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("title-4");
        side.getChildren().add(heading);
        for (String title : new String[] {"1. Linear regression and gradient descent",
            "2. One neuron and its activation", "3. Forward and backward, step by step",
            "4. Overfitting and regularisation", "5. Playground"}) {
            ToggleButton button = new ToggleButton(title);
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setSelected(title.equals(current));
            side.getChildren().add(button);
        }
        side.setPadding(new Insets(12));
        side.setPrefWidth(210);
        side.setMinWidth(210);
        return side;
    }
}
