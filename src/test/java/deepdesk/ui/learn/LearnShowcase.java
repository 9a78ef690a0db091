package deepdesk.ui.learn;

import atlantafx.base.theme.PrimerLight;
import deepdesk.core.data.Dataset;
import deepdesk.core.lesson.LessonPack;
import deepdesk.core.lesson.LessonPackStore;
import deepdesk.ui.MainWindow;
import deepdesk.ui.common.chart.PngWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * Opens the Learn screen with the golden lesson pack, at a projector's and a laptop's window
 * size, normally and in presentation mode, and saves a picture of each so the layout can be
 * checked by eye. Not a test:
 *
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     deepdesk.ui.learn.LearnShowcase target/learn-shots
 * </pre>
 */
public final class LearnShowcase {

    private LearnShowcase() {
    }

    /**
     * Saves the pictures.
     *
     * @param args the folder to write the PNG files to; optionally one window size
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path golden = Path.of("src", "test", "resources", "deepdesk", "core", "lesson",
                "learning-rate-v1.ddlesson");
        LessonPack pack = LessonPackStore.read(golden, List.of("regression", "neuron"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Platform.runLater(() -> Application.setUserAgentStylesheet(
                new PrimerLight().getUserAgentStylesheet()));
        for (int[] size : sizes(args)) {
            String suffix = size[0] + "x" + size[1] + ".png";
            shoot(size, folder.resolve("pack-" + suffix), view -> view.openPack(pack));
            shoot(size, folder.resolve("present-" + suffix), view -> {
                view.openPack(pack);
                view.presentationProperty().set(true);
            });
            shoot(size, folder.resolve("reveal-" + suffix), view -> {
                view.openPack(pack);
                view.presentationProperty().set(true);
                ((RadioButton) view.lookup("#question-choice-2")).setSelected(true);
                ((Button) view.lookup("#question-reveal")).fire();
            });
            shoot(size, folder.resolve("neuron-present-" + suffix), view -> {
                view.select("neuron");
                view.presentationProperty().set(true);
            });
        }
        saveDialog(pack, folder.resolve("save-dialog.png"));
        Platform.exit();
        System.exit(0);
    }

    /** The Save as lesson dialog, filled from {@code pack}, as a teacher would see it. */
    private static void saveDialog(LessonPack pack, Path out) throws Exception {
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            LearnView view = new LearnView(LearnView.standardLessons(Runnable::run, Runnable::run,
                    new SimpleObjectProperty<Dataset>()), new SimpleBooleanProperty(false));
            view.openPack(pack);
            LessonPackDialog dialog = new LessonPackDialog(view.currentLesson(), pack);
            dialog.getDialogPane().getStylesheets().add(MainWindow.class
                    .getResource("/deepdesk/ui/deepdesk.css").toExternalForm());
            dialog.show();
            dialog.getDialogPane().lookupAll(".scroll-pane").forEach(n -> ((ScrollPane) n).setVvalue(1));
            shown.complete(dialog.getDialogPane().getScene());
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        TimeUnit.SECONDS.sleep(1);
        CompletableFuture<Void> saved = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                PngWriter.write(scene.snapshot(null), out);
                ((Stage) scene.getWindow()).close();
                saved.complete(null);
            } catch (Exception e) {
                saved.completeExceptionally(e);
            }
        });
        saved.get(60, TimeUnit.SECONDS);
        System.out.println("saved " + out);
    }

    private static int[][] sizes(String[] args) {
        if (args.length > 1) {
            String[] wh = args[1].split("x");
            return new int[][] {{Integer.parseInt(wh[0]), Integer.parseInt(wh[1])}};
        }
        return new int[][] {{1920, 1080}, {1280, 800}};
    }

    private static void shoot(int[] size, Path out, Consumer<LearnView> prepare) throws Exception {
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            LearnView view = new LearnView(LearnView.standardLessons(Runnable::run, Runnable::run,
                    new SimpleObjectProperty<Dataset>()), new SimpleBooleanProperty(false));
            Scene scene = new Scene(view, size[0], size[1]);
            scene.getStylesheets().add(MainWindow.class.getResource("/deepdesk/ui/deepdesk.css")
                    .toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            prepare.accept(view);
            shown.complete(scene);
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        TimeUnit.SECONDS.sleep(2);
        CompletableFuture<Void> saved = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                PngWriter.write(scene.snapshot(null), out);
                ((Stage) scene.getWindow()).close();
                saved.complete(null);
            } catch (Exception e) {
                saved.completeExceptionally(e);
            }
        });
        saved.get(60, TimeUnit.SECONDS);
        System.out.println("saved " + out);
    }
}
