package deepdesk.ui.builder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * An undo/redo history of immutable states. Each step remembers a short label naming the edit
 * that produced it, so the buttons can say what they will undo or redo.
 *
 * <p>Threading: not thread-safe; the Model screen uses it on the FX thread only.
 *
 * @param <T> the immutable state
 */
final class EditHistory<T> {

    /** How many edits can be undone; older ones are forgotten. */
    static final int LIMIT = 200;

    private record Step<T>(T state, String label) {
    }

    private final Deque<Step<T>> undo = new ArrayDeque<>();
    private final Deque<Step<T>> redo = new ArrayDeque<>();
    private Step<T> current;

    /** Starts a history at {@code initial}, with nothing to undo. */
    EditHistory(T initial) {
        current = new Step<>(Objects.requireNonNull(initial, "initial"), "");
    }

    /** The state now. */
    T current() {
        return current.state();
    }

    /**
     * Makes {@code state} current as the result of the edit {@code label}; clears the redo side.
     * An edit that changes nothing is not recorded.
     *
     * @return whether the state changed
     */
    boolean push(T state, String label) {
        Objects.requireNonNull(state, "state");
        if (state.equals(current.state())) {
            return false;
        }
        undo.push(current);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        current = new Step<>(state, label);
        return true;
    }

    /** Whether there is an edit to undo. */
    boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Whether there is an undone edit to redo. */
    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the edit {@link #undo()} would revert, or the empty string. */
    String undoLabel() {
        return canUndo() ? current.label() : "";
    }

    /** The label of the edit {@link #redo()} would repeat, or the empty string. */
    String redoLabel() {
        return canRedo() ? redo.peek().label() : "";
    }

    /** Reverts the last edit; does nothing when there is none. */
    void undo() {
        if (canUndo()) {
            redo.push(current);
            current = undo.pop();
        }
    }

    /** Repeats the last undone edit; does nothing when there is none. */
    void redo() {
        if (canRedo()) {
            undo.push(current);
            current = redo.pop();
        }
    }
}
