package deepdesk.ui.builder;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditHistoryTest {

    @Test
    void undoAndRedoWalkTheStatesAndNameTheEdits() {
        EditHistory<String> history = new EditHistory<>("a");
        assertFalse(history.canUndo());
        history.push("b", "to b");
        history.push("c", "to c");
        assertEquals("to c", history.undoLabel());
        history.undo();
        assertEquals("b", history.current());
        assertEquals("to c", history.redoLabel());
        assertEquals("to b", history.undoLabel());
        history.undo();
        assertEquals("a", history.current());
        assertFalse(history.canUndo());
        history.undo();
        assertEquals("a", history.current());
        history.redo();
        assertEquals("b", history.current());
        history.push("d", "to d");
        assertFalse(history.canRedo());
        history.undo();
        assertEquals("b", history.current());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        EditHistory<String> history = new EditHistory<>("a");
        assertFalse(history.push("a", "nothing"));
        assertFalse(history.canUndo());
        assertTrue(history.push("b", "something"));
    }

    @Test
    void onlyTheNewestEditsAreKept() {
        EditHistory<Integer> history = new EditHistory<>(0);
        for (int i = 1; i <= EditHistory.LIMIT + 50; i++) {
            history.push(i, "set " + i);
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertEquals(EditHistory.LIMIT, undone);
        assertEquals(50, history.current());
    }
}
