package deepdesk.ui.dataset;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import dialog's fields, live preview and readable problems. */
class ImportDialogModelTest {

    private final FakeDataOperations operations = new FakeDataOperations();

    private ImportDialogModel open(String name) {
        return new ImportDialogModel(Path.of(name), operations, Runnable::run, Runnable::run);
    }

    @Test
    void theSniffedDialectFillsTheFieldsAndThePreviewFollows() {
        ImportDialogModel model = open("flowers.csv");

        assertEquals(';', model.delimiterProperty().get());
        assertTrue(model.headerProperty().get());
        assertTrue(model.missingMarkersProperty().get().contains("na"));
        assertEquals(1, model.previewProperty().get().rows().size());
        assertEquals(';', model.dialectProperty().get().delimiter());
        assertNull(model.problemProperty().get());
    }

    @Test
    void anEditThatBreaksTheReadShowsTheLineAndColumn() {
        ImportDialogModel model = open("flowers.csv");

        model.delimiterProperty().set('|');

        assertEquals("line 2, column width: expected a number", model.problemProperty().get());
        assertNull(model.previewProperty().get());

        model.delimiterProperty().set(';');
        assertNull(model.problemProperty().get());
        assertNotNull(model.previewProperty().get());
    }

    @Test
    void anImpossibleDialectIsRefusedWithTheReason() {
        ImportDialogModel model = open("flowers.csv");

        model.quoteProperty().set("");
        assertNull(model.dialectProperty().get());
        assertEquals("The quote must be exactly one character.", model.problemProperty().get());

        model.quoteProperty().set("\"");
        model.delimiterProperty().set(',');
        model.decimalCommaProperty().set(true);
        assertNull(model.dialectProperty().get());
        assertTrue(model.problemProperty().get().contains("decimal comma"));
    }

    @Test
    void aFileThatCannotBeSniffedSaysWhy() {
        ImportDialogModel model = open("binary.csv");

        assertEquals("line 1: this looks like a binary file, not text", model.problemProperty().get());
    }
}
