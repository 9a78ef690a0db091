package deepdesk.ui.training;

import deepdesk.core.training.ClassCounts;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A confusion matrix as a grid of labelled cells: actual class by row, predicted class by column,
 * each cell shaded by the share of its row, the diagonal (correct) in green and the rest in red.
 *
 * <p>Threading: FX thread only.
 */
public final class ConfusionMatrixView extends VBox {

    /** More classes than this are summarised instead of drawn cell by cell. */
    static final int MAX_CLASSES = 12;

    private final Label title = new Label("Confusion matrix");
    private final Label accuracy = new Label();
    private final GridPane grid = new GridPane();
    private ClassCounts shown;

    /** Creates an empty matrix. */
    public ConfusionMatrixView() {
        title.getStyleClass().add("subsection-title");
        grid.setHgap(2);
        grid.setVgap(2);
        setSpacing(6);
        setPadding(new Insets(4));
        accuracy.getStyleClass().add("muted");
        getChildren().addAll(title, accuracy, grid);
        show(null, List.of());
    }

    /** The counts shown now, or {@code null}. */
    public ClassCounts shown() {
        return shown;
    }

    /**
     * Shows counts.
     *
     * @param counts the counts, or {@code null} for none yet
     * @param names  the classes' names
     */
    public void show(ClassCounts counts, List<String> names) {
        if (counts != null && counts.equals(shown)) {
            return;
        }
        shown = counts;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        if (counts == null) {
            accuracy.setText("");
            grid.add(muted("Appears after the first epoch."), 0, 0);
            return;
        }
        int k = counts.classCount();
        accuracy.setText(String.format(Locale.ROOT, "accuracy %.1f%%", counts.accuracy() * 100));
        if (k > MAX_CLASSES) {
            grid.add(muted(k + " classes: too many to draw; accuracy above."), 0, 0);
            return;
        }
        grid.getColumnConstraints().add(new ColumnConstraints(70));
        for (int p = 0; p < k; p++) {
            ColumnConstraints column = new ColumnConstraints(44);
            column.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(column);
            grid.add(header(name(names, p)), p + 1, 0);
        }
        for (int a = 0; a < k; a++) {
            grid.add(header(name(names, a)), 0, a + 1);
            long total = Math.max(1, counts.total(a));
            for (int p = 0; p < k; p++) {
                long c = counts.count(a, p);
                double share = (double) c / total;
                Label cell = new Label(Long.toString(c));
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(44, 26);
                cell.setPrefSize(44, 26);
                String rgb = a == p ? "0,158,115" : "213,94,0";
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%s,%.2f); -fx-background-radius: 3;",
                        rgb, 0.1 + 0.8 * share));
                grid.add(cell, p + 1, a + 1);
            }
        }
        Label axes = muted("rows: actual · columns: predicted");
        grid.add(axes, 0, k + 1, k + 1, 1);
    }

    private static String name(List<String> names, int i) {
        String n = i < names.size() ? names.get(i) : "class " + i;
        return n.length() > 9 ? n.substring(0, 8) + "…" : n;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }
}
