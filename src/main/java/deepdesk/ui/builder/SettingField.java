package deepdesk.ui.builder;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One typed hyperparameter, as a text field sees it: the text being typed, the reason it cannot
 * be accepted (checked as the user types), and whether the setting matters for the current
 * choices (momentum only for momentum optimisers, for example). {@link #commit()} turns valid text
 * into an undoable edit; invalid text never reaches the model.
 *
 * <p>Threading: FX thread only.
 */
public final class SettingField {

    /** How a field reads and edits the state it belongs to. */
    interface Owner {
        /** The state now. */
        ModelDraft current();

        /** Applies an edit named {@code label}. */
        void edit(String label, UnaryOperator<ModelDraft> change);
    }

    private final String key;
    private final String group;
    private final String label;
    private final String help;
    private final Function<ModelDraft, String> read;
    private final BiFunction<ModelDraft, String, ModelDraft> write;
    private final Predicate<ModelDraft> relevantWhen;
    private final Owner owner;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper relevant = new ReadOnlyBooleanWrapper(this, "relevant", true);
    private String committed = "";
    private boolean showing;

    SettingField(Owner owner, String key, String group, String label, String help,
                 Function<ModelDraft, String> read, BiFunction<ModelDraft, String, ModelDraft> write,
                 Predicate<ModelDraft> relevantWhen) {
        this.owner = owner;
        this.key = key;
        this.group = group;
        this.label = label;
        this.help = help;
        this.read = read;
        this.write = write;
        this.relevantWhen = relevantWhen;
        text.addListener((obs, old, now) -> {
            if (!showing) {
                error.set(problemWith(now));
            }
        });
    }

    /** A stable key, used in node ids ("learning-rate"). */
    public String key() {
        return key;
    }

    /** The section the setting belongs to ("Optimiser"). */
    public String group() {
        return group;
    }

    /** The label shown next to the field. */
    public String label() {
        return label;
    }

    /** The tooltip: the documentation of the record component that declares the setting. */
    public String help() {
        return help;
    }

    /** The text in the field. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text cannot be accepted, or the empty string. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the setting matters for the current choices. */
    public ReadOnlyBooleanProperty relevantProperty() {
        return relevant.getReadOnlyProperty();
    }

    /** Whether the text differs from the value in the model. */
    public boolean isDirty() {
        return !text.get().equals(committed);
    }

    /**
     * Applies the text as an edit when it is valid and differs from the model's value.
     *
     * @return whether the text was accepted (unchanged text counts as accepted)
     */
    public boolean commit() {
        String problem = problemWith(text.get());
        error.set(problem);
        if (!problem.isEmpty()) {
            return false;
        }
        if (isDirty()) {
            String typed = text.get();
            owner.edit("set " + label.toLowerCase(Locale.ROOT), draft -> write.apply(draft, typed));
        }
        return true;
    }

    /** Puts the model's value back into the field and clears the error. */
    public void revert() {
        show(owner.current());
    }

    /** Shows the value of {@code draft}. */
    void show(ModelDraft draft) {
        showing = true;
        try {
            committed = read.apply(draft);
            text.set(committed);
            error.set("");
            relevant.set(relevantWhen.test(draft));
        } finally {
            showing = false;
        }
    }

    private String problemWith(String typed) {
        try {
            write.apply(owner.current(), typed);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
