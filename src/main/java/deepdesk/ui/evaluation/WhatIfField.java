package deepdesk.ui.evaluation;

import deepdesk.core.bundle.InputColumn;
import deepdesk.core.bundle.ValueKind;
import deepdesk.ui.common.NumberLabels;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the what-if form: a raw input column, the value the user typed or picked, and
 * what is wrong with it, if anything.
 *
 * <p>Threading: FX thread only.
 */
public final class WhatIfField {

    private final InputColumn column;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    WhatIfField(InputColumn column, String initial) {
        this.column = column;
        this.value.set(initial);
    }

    /**
     * Whether the value is a number outside the range seen in training, where the model
     * extrapolates; false for a category, an empty value or text that is not a number.
     */
    public boolean isOutsideTrainingRange() {
        if (isCategory() || Double.isNaN(column.min()) || value.get() == null) {
            return false;
        }
        try {
            double number = Double.parseDouble(value.get().strip());
            return number < column.min() || number > column.max();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The raw column, with its kind, categories and training range. */
    public InputColumn column() {
        return column;
    }

    /** The column's name. */
    public String name() {
        return column.name();
    }

    /** Whether the field holds a category (a choice) rather than a number. */
    public boolean isCategory() {
        return column.kind() == ValueKind.CATEGORY;
    }

    /** The value as text: a number, a category, or empty for a missing value. */
    public StringProperty valueProperty() {
        return value;
    }

    /** Why the value cannot be used, or the empty string when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(String message) {
        problem.set(message);
    }

    /** What the model saw in training, for a person: the range of a number, or the categories. */
    public String hint() {
        if (isCategory()) {
            return column.categories().size() + " categories";
        }
        if (Double.isNaN(column.min())) {
            return "a number";
        }
        return "training range " + NumberLabels.format(column.min()) + " to "
                + NumberLabels.format(column.max());
    }
}
