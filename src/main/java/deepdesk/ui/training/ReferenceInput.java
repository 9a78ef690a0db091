package deepdesk.ui.training;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One input of the reference row at which the decision surface holds every input that is not on
 * its two axes. The value is in the input's unscaled units (the pipeline's scaling undone), so a
 * numeric column reads in its own units and a one-hot column as 0 or 1.
 *
 * <p>Threading: FX thread only.
 */
public final class ReferenceInput {

    private final int index;
    private final String name;
    private final double median;
    private final DoubleProperty value;

    ReferenceInput(int index, String name, double median) {
        this.index = index;
        this.name = name;
        this.median = median;
        this.value = new SimpleDoubleProperty(this, "value", median);
    }

    /** The prepared input's position in a row. */
    public int index() {
        return index;
    }

    /** The prepared input's name, e.g. {@code horsepower} or {@code origin=Europe}. */
    public String name() {
        return name;
    }

    /** The training rows' median of the input, in unscaled units. */
    public double median() {
        return median;
    }

    /** Where the input is held, in unscaled units; the median until the user edits it. */
    public DoubleProperty valueProperty() {
        return value;
    }

    /** Whether the user has moved the input off its median. */
    public boolean isEdited() {
        return Double.compare(value.get(), median) != 0;
    }
}
