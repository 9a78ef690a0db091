package deepdesk.ui.common.chart;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image to a PNG file.
 *
 * <p>Threading: any thread, given an image that is no longer changing.
 */
public final class PngWriter {

    private PngWriter() {
    }

    /** Writes {@code image} to {@code file} as PNG. */
    public static void write(Image image, Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
