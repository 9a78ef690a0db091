package deepdesk.ui.common.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class LiveLineChartTest {

    private LiveLineChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveLineChart();
        chart.titleProperty().set("Loss");
        chart.xLabelProperty().set("epoch");
        stage.setScene(new Scene(new StackPane(chart), 600, 300));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    void aSpikeAmongAHundredThousandPointsSurvivesDecimation() throws Exception {
        WritableImage image = onFx(() -> {
            chart.smoothingProperty().set(0);
            ChartSeries s = chart.addSeries("train", Color.RED);
            double[] xs = new double[100_000];
            double[] ys = new double[100_000];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i;
                ys[i] = i == 50_000 ? 10 : 0;
            }
            s.addAll(xs, ys);
            chart.layout();
            chart.paintIfNeeded();
            return chart.snapshot(null, null);
        });
        PixelReader pixels = image.getPixelReader();
        int redNearTop = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 30; y < 60; y++) {
                Color c = pixels.getColor(x, y);
                if (c.getRed() > 0.8 && c.getGreen() < 0.3 && c.getBlue() < 0.3) {
                    redNearTop++;
                }
            }
        }
        assertTrue(redNearTop > 0, "the single high point must be drawn near the top of the plot");
    }

    @Test
    void manyChangesInOnePulseRepaintOnce() throws Exception {
        int before = onFx(() -> {
            chart.layout();
            return chart.paintCount();
        });
        int after = onFx(() -> {
            ChartSeries s = chart.addSeries("validation", Color.BLUE);
            for (int i = 0; i < 1000; i++) {
                s.add(i, Math.exp(-i / 100.0));
            }
            chart.layout();
            return chart.paintCount();
        });
        assertEquals(before + 1, after);
    }

    @Test
    void pointsMustNotGoBackInX() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> {
            try {
                onFx(() -> {
                    ChartSeries s = chart.addSeries("train", Color.RED);
                    s.add(2, 1);
                    s.add(1, 1);
                    return null;
                });
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause();
            }
        });
    }

    @Test
    void exportsTheNumbersAsCsvAndThePictureAsPng(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("loss.csv");
        Path png = dir.resolve("loss.png");
        onFx(() -> {
            ChartSeries s = chart.addSeries("train \"a\"", Color.RED);
            s.add(1, 0.5);
            s.add(2, 0.25);
            chart.layout();
            chart.exportCsv(csv);
            chart.exportPng(png);
            return null;
        });
        List<String> lines = Files.readAllLines(csv);
        assertEquals(List.of("series,x,y", "\"train \"\"a\"\"\",1.0,0.5", "\"train \"\"a\"\"\",2.0,0.25"),
                lines);
        byte[] header = Files.readAllBytes(png);
        assertTrue(header.length > 100);
        assertEquals((byte) 0x89, header[0]);
        assertEquals('P', header[1]);
    }

    @Test
    void logScaleSkipsNonPositiveValues() throws Exception {
        boolean painted = onFx(() -> {
            chart.logScaleProperty().set(true);
            ChartSeries s = chart.addSeries("loss", Color.RED);
            s.add(0, 0);
            s.add(1, 1e-3);
            s.add(2, 1);
            chart.layout();
            return chart.paintCount() > 0;
        });
        assertTrue(painted);
        assertFalse(chart.series().isEmpty());
    }

    @Test
    void theShadeFillsBetweenTwoSeriesAndNowhereElse() throws Exception {
        WritableImage image = onFx(() -> {
            chart.smoothingProperty().set(0);
            ChartSeries low = chart.addSeries("train", Color.BLUE);
            ChartSeries high = chart.addSeries("validation", Color.RED);
            for (int i = 0; i <= 100; i++) {
                low.add(i, 0);
                high.add(i, i < 50 ? 0 : 10);
            }
            chart.shadeBetween(low, high, Color.LIME);
            chart.layout();
            chart.paintIfNeeded();
            return chart.snapshot(null, null);
        });
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        // the plot spans x 64..w-16 and y 30..h-42; the gap opens in the right half only
        int rightShaded = 0;
        int leftShaded = 0;
        for (int y = 60; y < h - 60; y++) {
            if (isLime(pixels.getColor(w - 60, y))) {
                rightShaded++;
            }
            if (isLime(pixels.getColor(100, y))) {
                leftShaded++;
            }
        }
        assertTrue(rightShaded > 50, "the open gap is shaded: " + rightShaded);
        assertEquals(0, leftShaded, "no shade where the curves coincide");
    }

    private static boolean isLime(Color c) {
        return c.getGreen() > 0.8 && c.getRed() < 0.3 && c.getBlue() < 0.3;
    }
}
