package deepdesk.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The logo renders as a rounded tile with a white network on it; written to target/ to look at. */
class LogoTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theLogoIsARoundedOpaqueTileWithWhiteNodes() throws Exception {
        Image logo = WaitForAsyncUtils.asyncFx(() -> Logo.image(256)).get(10, TimeUnit.SECONDS);

        assertEquals(256, (int) logo.getWidth());
        Color corner = logo.getPixelReader().getColor(0, 0);
        assertEquals(0, corner.getOpacity(), 1e-9, "the rounded corner is transparent");
        Color middleOfTile = logo.getPixelReader().getColor(128, 10);
        assertEquals(1, middleOfTile.getOpacity(), 1e-9);
        Color centreNode = logo.getPixelReader().getColor(56, 128);
        assertTrue(centreNode.getRed() > 0.95 && centreNode.getGreen() > 0.95 && centreNode.getBlue() > 0.95,
                "a white input node sits on the left, half way down, got " + centreNode);

        Path file = Path.of("target", "logo.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(logo, null), "png", file.toFile());
        assertTrue(Files.size(file) > 1000);
    }
}
