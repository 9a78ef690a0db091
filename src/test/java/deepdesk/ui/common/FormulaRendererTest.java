package deepdesk.ui.common;

import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class FormulaRendererTest {

    @Test
    void aLongerFormulaGivesAWiderImageWithInk() {
        Image short1 = FormulaRenderer.render("w", 20, false);
        Image longer = FormulaRenderer.render("w \\leftarrow w - \\alpha \\frac{\\partial J}{\\partial w}", 20, false);
        assertTrue(longer.getWidth() > short1.getWidth() * 3);
        boolean ink = false;
        for (int x = 0; x < longer.getWidth() && !ink; x++) {
            for (int y = 0; y < longer.getHeight() && !ink; y++) {
                ink = longer.getPixelReader().getColor(x, y).getOpacity() > 0.5;
            }
        }
        assertTrue(ink, "the formula must draw something");
    }

    @Test
    void darkThemeFormulasAreDrawnInALightColour() {
        Image dark = FormulaRenderer.render("x", 30, true);
        double brightest = 0;
        for (int x = 0; x < dark.getWidth(); x++) {
            for (int y = 0; y < dark.getHeight(); y++) {
                javafx.scene.paint.Color c = dark.getPixelReader().getColor(x, y);
                if (c.getOpacity() > 0.9) {
                    brightest = Math.max(brightest, c.getBrightness());
                }
            }
        }
        assertTrue(brightest > 0.8, "brightest opaque pixel " + brightest);
    }
}
