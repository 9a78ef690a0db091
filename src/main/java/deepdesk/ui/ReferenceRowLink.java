package deepdesk.ui;

import deepdesk.ui.common.Workbench;
import deepdesk.ui.training.ReferenceInput;
import deepdesk.ui.training.TrainViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;

/**
 * Publishes the Train screen's reference row to the workbench, where the Evaluate screen's
 * what-if form reads it: the screens never see each other, so the composition root links them.
 *
 * <p>Threading: FX thread only.
 */
final class ReferenceRowLink {

    private final TrainViewModel train;
    private final Workbench workbench;
    private final InvalidationListener valueMoved = o -> publish();

    private ReferenceRowLink(TrainViewModel train, Workbench workbench) {
        this.train = train;
        this.workbench = workbench;
    }

    /** Keeps {@code workbench}'s reference row equal to the Train screen's from now on. */
    static void link(TrainViewModel train, Workbench workbench) {
        ReferenceRowLink link = new ReferenceRowLink(train, workbench);
        train.referenceInputs().addListener((ListChangeListener<ReferenceInput>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(input -> input.valueProperty().removeListener(link.valueMoved));
                change.getAddedSubList().forEach(input -> input.valueProperty().addListener(link.valueMoved));
            }
            link.publish();
        });
        train.referenceInputs().forEach(input -> input.valueProperty().addListener(link.valueMoved));
        link.publish();
    }

    private void publish() {
        boolean edited = false;
        Map<String, Double> row = new LinkedHashMap<>();
        for (ReferenceInput input : train.referenceInputs()) {
            row.put(input.name(), input.valueProperty().get());
            edited |= input.isEdited();
        }
        workbench.referenceRowProperty().set(edited ? Map.copyOf(row) : null);
    }
}
