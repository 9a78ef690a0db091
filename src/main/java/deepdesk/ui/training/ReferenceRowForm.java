package deepdesk.ui.training;

import deepdesk.ui.common.NumberLabels;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The form under the decision surface that sets the reference row: one field per input that is
 * not on the surface's axes, in the input's unscaled units, and a button that puts every input
 * back at its median. A value that is not a number is refused at the field, with the reason.
 *
 * <p>Threading: FX thread only.
 */
final class ReferenceRowForm extends TitledPane {

    private final TrainViewModel model;
    private final GridPane grid = new GridPane();
    private final Label problem = new Label();

    ReferenceRowForm(TrainViewModel model) {
        this.model = model;
        setId("train-reference-row");
        setText("Other inputs held at");
        setExpanded(false);
        grid.setHgap(6);
        grid.setVgap(4);
        problem.getStyleClass().add("muted");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        Button medians = new Button("Medians");
        medians.setId("train-reference-medians");
        medians.setTooltip(new Tooltip("Hold every other input at its median over the training rows"));
        medians.setOnAction(e -> {
            model.resetReferenceRow();
            rebuild();
        });
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(110);
        Label units = new Label("In the inputs' own units (before scaling); one-hot inputs are 0 or 1.");
        units.getStyleClass().add("muted");
        units.setWrapText(true);
        setContent(new VBox(4, units, scroll, problem, medians));
        model.heldInputs().addListener((ListChangeListener<ReferenceInput>) c -> rebuild());
        visibleProperty().bind(Bindings.isNotEmpty(model.heldInputs()));
        managedProperty().bind(visibleProperty());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        problem.setVisible(false);
        int row = 0;
        for (ReferenceInput input : model.heldInputs()) {
            Label name = new Label(input.name());
            TextField field = new TextField(NumberLabels.precise(input.valueProperty().get()));
            field.setId("train-reference-" + input.index());
            field.setPrefColumnCount(7);
            field.setTooltip(new Tooltip("Median " + NumberLabels.precise(input.median())));
            name.setLabelFor(field);
            Runnable commit = () -> {
                String reason = model.editReference(input, field.getText());
                field.setStyle(reason.isEmpty() ? "" : "-fx-border-color: #d1242f;");
                problem.setText(reason);
                problem.setVisible(!reason.isEmpty());
            };
            field.setOnAction(e -> commit.run());
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit.run();
                }
            });
            grid.addRow(row++, name, field);
        }
    }
}
