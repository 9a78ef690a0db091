package deepdesk.ui.builder;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Puts a readable tooltip on a control: wrapped to a comfortable width and shown quickly, since
 * on this screen tooltips carry the documentation of each setting.
 *
 * <p>Threading: FX thread only.
 */
final class Tooltips {

    private Tooltips() {
    }

    /** Sets {@code text} as the tooltip of each control; empty text sets none. */
    static void install(String text, Control... controls) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (Control control : controls) {
            Tooltip tip = new Tooltip(text);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            tip.setShowDelay(Duration.millis(350));
            tip.setShowDuration(Duration.seconds(30));
            control.setTooltip(tip);
        }
    }
}
