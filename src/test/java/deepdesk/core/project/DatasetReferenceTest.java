package deepdesk.core.project;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.Column;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project's dataset comes back from a file in its dialect, from a sample, or from a generator. */
class DatasetReferenceTest {

    @TempDir
    Path dir;

    private ProjectFile roundTrip(DatasetReference reference, Dataset dataset, String target) throws Exception {
        ProjectFile project = ProjectFile.of("2026-03-01T00:00:00Z", reference,
                DatasetRoles.suggest(dataset, target), PreparationSettings.defaults(), null, List.of(), Map.of());
        Path file = dir.resolve("p.deepdesk");
        ProjectStore.write(file, project);
        return ProjectStore.read(file);
    }

    @Test
    void aSampleIsSavedByNameAndComesBackWithItsRows() throws Exception {
        CsvDialect dialect = CsvDialect.DEFAULT;
        DatasetReference reference = DatasetReference.ofSample("iris.csv", dialect);
        Dataset dataset = reference.open(ProgressListener.NONE);
        ProjectFile read = roundTrip(reference, dataset, "species");

        assertEquals(reference, read.dataset());
        assertEquals("iris.csv", read.dataset().sample());
        assertNull(read.dataset().path(), "no temporary path is saved");
        assertFalse(read.dataset().isFile());
        String json = Files.readString(dir.resolve("p.deepdesk"));
        assertFalse(json.contains("deepdesk-samples"), "the extracted copy's folder is not in the project");
        assertEquals(150, read.dataset().open(ProgressListener.NONE).rowCount());
        assertEquals(DatasetStatus.FOUND, DatasetCheck.of(read.dataset()).status());
        assertEquals(2, read.formatVersion());
    }

    @Test
    void aSyntheticDatasetIsSavedByItsRecipeAndGeneratesTheSameRows() throws Exception {
        SyntheticRecipe recipe = new SyntheticRecipe("SPIRAL", 120, 0.2, 9);
        DatasetReference reference = DatasetReference.ofSynthetic(recipe);
        Dataset original = recipe.generate();
        ProjectFile read = roundTrip(reference, original, "label");

        assertEquals(recipe, read.dataset().synthetic());
        Dataset again = read.dataset().open(ProgressListener.NONE);
        assertEquals(original.rowCount(), again.rowCount());
        for (int c = 0; c < original.columnCount(); c++) {
            Column a = original.column(c);
            Column b = again.column(c);
            for (int r = 0; r < original.rowCount(); r++) {
                assertEquals(a.format(r), b.format(r), "column " + a.name() + " row " + r);
            }
        }
        DatasetCheck check = DatasetCheck.of(read.dataset());
        assertEquals(DatasetStatus.FOUND, check.status(), check.describe());
        assertEquals(120, new SyntheticRecipe(SyntheticRecipe.LINEAR, 120, 0.5, 1).generate().rowCount());
    }

    @Test
    void aHandChosenDialectIsSavedAndReadsTheFileTheSameWay() throws Exception {
        Path csv = dir.resolve("european.csv");
        Files.write(csv, List.of("1,5;2,25;--", "2,5;3,5;x", "--;4,75;y"), StandardCharsets.UTF_8);
        CsvDialect chosen = CsvDialect.DEFAULT.withDelimiter(';').withDecimalComma(true).withHeader(false)
                .withMissingMarkers(Set.of("--"));
        DatasetReference reference = DatasetReference.of(csv, chosen);
        Dataset dataset = reference.open(ProgressListener.NONE);
        ProjectFile read = roundTrip(reference, dataset, dataset.column(2).name());

        assertEquals(chosen, read.dataset().dialect());
        assertEquals(';', read.dataset().dialect().delimiter());
        assertTrue(read.dataset().dialect().decimalComma());
        assertFalse(read.dataset().dialect().hasHeader());
        assertEquals(Set.of("--"), read.dataset().dialect().missingMarkers());
        Dataset again = read.dataset().open(ProgressListener.NONE);
        assertEquals(3, again.rowCount());
        NumericColumn first = (NumericColumn) again.column(0);
        assertEquals(1.5, first.value(0), 0.0);
        assertTrue(first.isMissing(2), "\"--\" is a missing marker");
        assertEquals(2.25, ((NumericColumn) again.column(1)).value(0), 0.0);
        assertTrue(again.column(2).isMissing(0));
    }

    @Test
    void aReferenceNamesExactlyOneOrigin() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetReference(null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new DatasetReference("a.csv", "00", CsvDialect.DEFAULT,
                "iris.csv", null));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticRecipe("NOPE", 10, 0, 1));
    }
}
