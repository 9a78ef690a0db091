package deepdesk.core.prep;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.Samples;
import deepdesk.core.data.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sample imports, gets sensible roles, and prepares. */
class SamplePreparationTest {

    private static final Map<String, TaskKind> TASKS = Map.of(
            "iris.csv", TaskKind.CLASSIFICATION, "penguins.csv", TaskKind.CLASSIFICATION,
            "auto-mpg.csv", TaskKind.REGRESSION, "wine.csv", TaskKind.CLASSIFICATION,
            "breast-cancer.csv", TaskKind.CLASSIFICATION, "digits.csv", TaskKind.CLASSIFICATION,
            "diabetes.csv", TaskKind.REGRESSION);

    @TempDir
    Path folder;

    private Dataset open(Sample sample) throws Exception {
        Path file = folder.resolve(sample.fileName());
        try (InputStream in = Samples.class.getResourceAsStream("/samples/"
                + sample.fileName())) {
            assertNotNull(in, sample.fileName());
            Files.copy(in, file);
        }
        return new CsvImporter().read(file, CsvSniffer.sniff(file), ProgressListener.NONE);
    }

    @Test
    void everySampleGetsItsTargetAndTaskAndPrepares() throws Exception {
        for (Sample sample : Samples.all()) {
            Dataset data = open(sample);
            DatasetRoles roles = DatasetRoles.suggest(data, sample.target());

            assertEquals(sample.target(), roles.target());
            assertEquals(TASKS.get(sample.fileName()), roles.task(), sample.fileName());
            PreparedData prepared = Preparation.prepare(data, roles,
                    PreparationSettings.defaults());
            int kept = data.rowCount() - prepared.droppedMissingTarget();
            assertEquals(Math.round(kept * 0.7), prepared.train().rows(), 2.0, sample.fileName());
            assertEquals(kept, prepared.train().rows() + prepared.validation().rows()
                    + prepared.test().rows());
            for (float v : prepared.train().features()) {
                assertTrue(Float.isFinite(v), sample.fileName());
            }
        }
    }

    @Test
    void withoutTheCatalogueTheHeuristicFindsMostTargets() throws Exception {
        for (String name : List.of("iris.csv", "penguins.csv", "wine.csv", "breast-cancer.csv",
                "digits.csv", "diabetes.csv")) {
            Sample sample = Samples.byFileName(name).orElseThrow();
            assertEquals(sample.target(), DatasetRoles.suggest(open(sample)).target(), name);
        }
    }

    @Test
    void autoMpgDropsItsEightMissingTargetsAndIgnoresTheNames() throws Exception {
        Sample sample = Samples.byFileName("auto-mpg.csv").orElseThrow();
        Dataset data = open(sample);
        DatasetRoles roles = DatasetRoles.suggest(data, sample.target());

        PreparedData prepared = Preparation.prepare(data, roles, PreparationSettings.defaults());

        assertEquals(ColumnRole.IGNORE, roles.role("name"));
        assertEquals(ColumnRole.INPUT, roles.role("horsepower"));
        assertEquals(8, prepared.droppedMissingTarget());
        assertEquals(0, prepared.droppedMissingInputs());
        PreparedData dropping = Preparation.prepare(data, roles, PreparationSettings.defaults()
                .withMissingValues(MissingValues.DROP_ROWS, 0));
        assertEquals(8, dropping.droppedMissingTarget());
        assertEquals(6, dropping.droppedMissingInputs(), "six cars lack a horsepower");
    }

    @Test
    void penguinsGetOneHotIslandsAndImputedSex() throws Exception {
        Dataset data = open(Samples.byFileName("penguins.csv").orElseThrow());
        DatasetRoles roles = DatasetRoles.suggest(data, "species");
        assertEquals(ColumnType.CATEGORICAL, data.column("island").orElseThrow().type());
        assertTrue(data.column("sex").orElseThrow().missingCount() > 0);

        PreparedData prepared = Preparation.prepare(data, roles, PreparationSettings.defaults());

        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"), prepared.classNames());
        assertTrue(prepared.featureNames().containsAll(List.of("island=Torgersen",
                "island=Biscoe", "island=Dream", "sex=MALE", "sex=FEMALE")),
                prepared.featureNames().toString());
    }

    @Test
    void digitsAreTenOrderedClasses() throws Exception {
        Dataset data = open(Samples.byFileName("digits.csv").orElseThrow());
        PreparedData prepared = Preparation.prepare(data, DatasetRoles.suggest(data, "digit"),
                PreparationSettings.defaults());

        assertEquals(IntStream.range(0, 10).mapToObj(Integer::toString).toList(),
                prepared.classNames());
        long varying = data.columns().stream()
                .filter(c -> c.type() != ColumnType.CONSTANT).count() - 1;
        assertEquals(varying, prepared.train().width(), "pixels that are always 0 are ignored");
        assertTrue(varying > 60);
    }
}
