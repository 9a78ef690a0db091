package deepdesk.ui.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.swing.JLabel;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Renders a LaTeX formula to an image with JLaTeXMath, so formulas read as they would in a
 * textbook rather than as code.
 *
 * <p>Threading: any thread (it draws into an off-screen AWT image); the FX thread only shows
 * the result.
 */
public final class FormulaRenderer {

    private FormulaRenderer() {
    }

    /**
     * Renders {@code latex}.
     *
     * @param latex     the formula
     * @param pointSize the font size in points
     * @param dark      whether to draw light text for a dark background
     * @throws IllegalArgumentException when the formula does not parse
     */
    public static Image render(String latex, float pointSize, boolean dark) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, pointSize);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a formula: " + latex, e);
        }
        icon.setForeground(dark ? new Color(0xE6, 0xED, 0xF3) : new Color(0x1F, 0x23, 0x28));
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(new JLabel(), g, 0, 0);
        g.dispose();
        return SwingFXUtils.toFXImage(image, null);
    }
}
