package deepdesk.ui.common.chart;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class NetworkDiagramTest {

    private NetworkDiagram diagram;

    @Start
    void start(Stage stage) {
        diagram = new NetworkDiagram();
        stage.setScene(new Scene(new StackPane(diagram), 600, 320));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static NetworkPicture twoTwoOne() {
        float[][] weights = {{0.5f, -1.25f, 0.75f, 2.0f}, {1.5f, -0.5f}};
        float[][] biases = {{0.1f, -0.2f}, {0.3f}};
        return new NetworkPicture(new int[] {2, 2, 1}, List.of("input", "tanh", "linear"),
                List.of("x1", "x2"), weights, biases);
    }

    @Test
    void hoveringAnEdgeShowsItsExactWeight() throws Exception {
        String text = onFx(() -> {
            diagram.show(twoTwoOne());
            diagram.layout();
            double[] a = diagram.unitCentre(0, 0).orElseThrow();
            double[] b = diagram.unitCentre(1, 1).orElseThrow();
            diagram.hoverAt(a[0] + (b[0] - a[0]) / 4, a[1] + (b[1] - a[1]) / 4);
            return diagram.hoverText();
        });
        assertEquals("weight x1 → h1.2 = -1.2500", text);
    }

    @Test
    void hoveringAUnitShowsItsBias() throws Exception {
        String text = onFx(() -> {
            diagram.show(twoTwoOne());
            diagram.layout();
            double[] c = diagram.unitCentre(2, 0).orElseThrow();
            diagram.hoverAt(c[0], c[1]);
            return diagram.hoverText();
        });
        assertEquals("bias of output 1 = 0.3000", text);
    }

    @Test
    void wideLayersAreCollapsed() throws Exception {
        boolean hidden = onFx(() -> {
            diagram.show(new NetworkPicture(new int[] {3, 300, 1}, List.of("input", "relu", "sigmoid"),
                    List.of("a", "b", "c"), null, null));
            diagram.layout();
            return diagram.unitCentre(1, NetworkDiagram.MAX_VISIBLE_UNITS).isEmpty()
                    && diagram.unitCentre(1, NetworkDiagram.MAX_VISIBLE_UNITS - 1).isPresent();
        });
        assertTrue(hidden);
    }
}
