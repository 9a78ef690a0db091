package deepdesk.core.data;

import deepdesk.core.common.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bundled sample opens with the types a person would give its columns. */
class SampleImportTest {

    private static final Path SAMPLES = Path.of("samples");

    private static Dataset open(String file) throws Exception {
        Path path = SAMPLES.resolve(file);
        CsvDialect dialect = CsvSniffer.sniff(path);
        return new CsvImporter().read(path, dialect, ProgressListener.NONE);
    }

    private static ColumnType type(Dataset d, String column) {
        return d.column(column).orElseThrow().type();
    }

    @Test
    void penguinsCountsNaCellsAsMissing() throws Exception {
        Dataset d = open("penguins.csv");
        assertEquals(344, d.rowCount());
        assertEquals(7, d.columnCount());
        assertEquals(ColumnType.CATEGORICAL, type(d, "species"));
        assertEquals(ColumnType.CATEGORICAL, type(d, "island"));
        assertEquals(ColumnType.CATEGORICAL, type(d, "sex"));
        assertEquals(ColumnType.NUMERIC, type(d, "bill_length_mm"));
        assertEquals(2, d.column("bill_length_mm").orElseThrow().missingCount());
        assertEquals(11, d.column("sex").orElseThrow().missingCount());
        CategoricalColumn sex = (CategoricalColumn) d.column("sex").orElseThrow();
        assertEquals(2, sex.levels().size(), "NA is not a level: " + sex.levels());
    }

    @Test
    void autoMpgHasMissingHorsepowerTextNameAndCategoricalOrigin() throws Exception {
        Dataset d = open("auto-mpg.csv");
        assertEquals(406, d.rowCount());
        assertEquals(ColumnType.NUMERIC, type(d, "horsepower"));
        assertEquals(6, d.column("horsepower").orElseThrow().missingCount());
        assertEquals(8, d.column("mpg").orElseThrow().missingCount());
        assertEquals(ColumnType.TEXT, type(d, "name"));
        assertEquals(ColumnType.CATEGORICAL, type(d, "origin"));
        assertEquals(ColumnType.CATEGORICAL, type(d, "cylinders"));
        assertEquals(ColumnType.NUMERIC, type(d, "model_year"));
        assertEquals(ColumnType.NUMERIC, type(d, "weight_lbs"));
    }

    @Test
    void digitsPixelsAreNumericAndTheDigitIsCategorical() throws Exception {
        Dataset d = open("digits.csv");
        assertEquals(1797, d.rowCount());
        assertEquals(ColumnType.CATEGORICAL, type(d, "digit"));
        assertEquals(ColumnType.CONSTANT, type(d, "p0_0"));
        assertEquals(ColumnType.NUMERIC, type(d, "p0_1"));
        assertEquals(ColumnType.NUMERIC, type(d, "p3_3"));
        assertEquals(ColumnType.NUMERIC, type(d, "p7_1"));
    }

    @Test
    void theOtherSamplesHaveNumericInputsAndACategoricalOrNumericTarget() throws Exception {
        Dataset iris = open("iris.csv");
        assertEquals(150, iris.rowCount());
        assertEquals(ColumnType.CATEGORICAL, type(iris, "species"));
        assertEquals(ColumnType.NUMERIC, type(iris, "sepal_length"));

        Dataset wine = open("wine.csv");
        assertEquals(178, wine.rowCount());
        assertEquals(ColumnType.CATEGORICAL, type(wine, "cultivar"));
        assertEquals(ColumnType.NUMERIC, type(wine, "proline"));

        Dataset cancer = open("breast-cancer.csv");
        assertEquals(569, cancer.rowCount());
        assertEquals(ColumnType.CATEGORICAL, type(cancer, "diagnosis"));
        assertEquals(31, cancer.columnCount());

        Dataset diabetes = open("diabetes.csv");
        assertEquals(442, diabetes.rowCount());
        assertEquals(ColumnType.NUMERIC, type(diabetes, "progression"));
        assertEquals(ColumnType.CATEGORICAL, type(diabetes, "sex"));
        assertEquals(ColumnType.NUMERIC, type(diabetes, "bmi"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris.csv", "penguins.csv", "auto-mpg.csv", "wine.csv",
            "breast-cancer.csv", "digits.csv", "diabetes.csv"})
    void everySampleIsSniffedAsCommaWithHeaderAndLeftUnchanged(String file) throws Exception {
        Path path = SAMPLES.resolve(file);
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
        CsvDialect dialect = CsvSniffer.sniff(path);
        assertEquals(',', dialect.delimiter());
        assertTrue(dialect.hasHeader());
        assertEquals(false, dialect.decimalComma());
        Dataset d = new CsvImporter().read(path, dialect, ProgressListener.NONE);
        assertEquals(Files.readAllLines(path).size() - 1, d.rowCount());
        byte[] after = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
        assertArrayEquals(before, after);
    }
}
