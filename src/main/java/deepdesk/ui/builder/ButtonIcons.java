package deepdesk.ui.builder;

import javafx.scene.shape.SVGPath;

/**
 * Small vector icons for the layer buttons, drawn from SVG paths so they look the same on every
 * platform and follow the theme's text colour (style class {@code button-icon}).
 *
 * <p>Threading: FX thread only (makes nodes).
 */
final class ButtonIcons {

    private ButtonIcons() {
    }

    static SVGPath up() {
        return icon("M6 2 L11 8 L7.5 8 L7.5 12 L4.5 12 L4.5 8 L1 8 Z");
    }

    static SVGPath down() {
        return icon("M6 12 L11 6 L7.5 6 L7.5 2 L4.5 2 L4.5 6 L1 6 Z");
    }

    static SVGPath duplicate() {
        return icon("M4 1 H11 V8 H9.5 V2.5 H4 Z M1 4 H8 V11 H1 Z M2.5 5.5 V9.5 H6.5 V5.5 Z");
    }

    static SVGPath remove() {
        return icon("M2.5 1 L6 4.5 L9.5 1 L11 2.5 L7.5 6 L11 9.5 L9.5 11 L6 7.5 L2.5 11 L1 9.5 L4.5 6 L1 2.5 Z");
    }

    static SVGPath undo() {
        return icon("M4.5 1 L4.5 3.5 C8.5 3.2 11.5 5.5 11.5 9.5 C10.3 7.2 8.2 6.2 4.5 6.3 L4.5 9 L0.5 5 Z");
    }

    static SVGPath redo() {
        return icon("M7.5 1 L7.5 3.5 C3.5 3.2 0.5 5.5 0.5 9.5 C1.7 7.2 3.8 6.2 7.5 6.3 L7.5 9 L11.5 5 Z");
    }

    static SVGPath add() {
        return icon("M5 1 H7 V5 H11 V7 H7 V11 H5 V7 H1 V5 H5 Z");
    }

    private static SVGPath icon(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("button-icon");
        return icon;
    }
}
