package deepdesk.ui.common.chart;

import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class HeatmapViewTest {

    private HeatmapView heatmap;

    @Start
    void start(Stage stage) {
        heatmap = new HeatmapView();
        heatmap.showAxesProperty().set(false);
        heatmap.setPrefSize(200, 200);
        stage.setScene(new Scene(new StackPane(heatmap), 200, 200));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    void rowZeroIsTheBottomAndTheMapDiverges() throws Exception {
        WritableImage image = onFx(() -> {
            heatmap.discretizeProperty().set(true);
            heatmap.showScalarGrid(new float[] {-1, -1, 1, 1}, 2, 2, -1, 1);
            heatmap.layout();
            return heatmap.snapshot(null, null);
        });
        PixelReader px = image.getPixelReader();
        Color top = px.getColor(100, 20);
        Color bottom = px.getColor(100, 180);
        assertTrue(top.getBlue() > top.getRed(), "high values (top row) are blue: " + top);
        assertTrue(bottom.getRed() > bottom.getBlue(), "low values (bottom row) are orange: " + bottom);
    }

    @Test
    void classGridTakesTheMostProbableClassColour() throws Exception {
        WritableImage image = onFx(() -> {
            heatmap.discretizeProperty().set(true);
            heatmap.showClassGrid(new float[] {0.1f, 0.2f, 0.7f}, 3, 1, 1);
            heatmap.layout();
            return heatmap.snapshot(null, null);
        });
        Color c = image.getPixelReader().getColor(100, 100);
        Color expected = Color.WHITE.interpolate(HeatmapView.CLASS_COLORS[2], 0.55);
        assertEquals(expected.getRed(), c.getRed(), 0.02);
        assertEquals(expected.getGreen(), c.getGreen(), 0.02);
        assertEquals(expected.getBlue(), c.getBlue(), 0.02);
        assertEquals(1, (int) onFx(heatmap::updateCount));
    }
}
