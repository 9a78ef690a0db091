package deepdesk.ui.dataset;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;

import java.util.Optional;

/**
 * Asks how many points a synthetic dataset should have, how noisy it is and its seed.
 *
 * <p>Threading: FX thread only.
 */
final class SyntheticDialog {

    /** What the user chose. */
    record Choice(int points, double noise, long seed) {
    }

    private SyntheticDialog() {
    }

    /** Shows the dialog and waits; empty when cancelled. */
    static Optional<Choice> ask(SyntheticChoice generator, javafx.stage.Window owner) {
        Dialog<Choice> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Synthetic data");
        dialog.setHeaderText(generator.title() + " — " + generator.task());
        Spinner<Integer> points = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(10, 1_000_000, 500, 100));
        points.setId("synthetic-points");
        points.setEditable(true);
        Spinner<Double> noise = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, generator.maxNoise(),
                generator.defaultNoise(), generator.maxNoise() / 10));
        noise.setId("synthetic-noise");
        noise.setEditable(true);
        Spinner<Integer> seed = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, 42));
        seed.setId("synthetic-seed");
        seed.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 14, 4, 14));
        grid.addRow(0, new Label("Points"), points);
        grid.addRow(1, new Label("Noise"), noise);
        Label hint = new Label(generator.noiseHint());
        hint.getStyleClass().add("muted");
        grid.add(hint, 1, 2);
        grid.addRow(3, new Label("Seed"), seed);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Choice(points.getValue(), noise.getValue(), seed.getValue()) : null);
        return dialog.showAndWait();
    }
}
