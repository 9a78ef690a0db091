package deepdesk.core.bundle;

import deepdesk.core.common.CancelledException;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvSniffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilePredictionTest {

    @TempDir
    Path dir;

    private static Predictor penguins() {
        return new Predictor(TrainedModels.train("penguins.csv", "species").bundle());
    }

    private Path write(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reportsWrongTypesAndUnseenCategoriesWithLinesAndCountsAndPredictsTheRest() throws Exception {
        Path file = write("new.csv",
                "species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,note",
                "Adelie,Torgersen,39.1,18.7,181,3750,MALE,a",
                "Gentoo,Atlantis,46.1,13.2,211,4500,FEMALE,b",
                "Adelie,Torgersen,thirty,18,195,3250,FEMALE,c",
                "Chinstrap,Dream,46.5,17.9,192,3500,FEMALE,d",
                "Gentoo,Atlantis,50,15.2,218,5700,MALE,e",
                "Adelie,Mu,38.9,17.8,181,3625,FEMALE,f");
        Predictor predictor = penguins();
        FilePredictionResult result = FilePrediction.run(predictor, file, CsvSniffer.sniff(file),
                ProgressListener.NONE);
        FileCheck check = result.check();

        assertEquals(6, check.rowsRead());
        assertEquals(2, check.rowsPredicted());
        assertEquals(List.of(2L, 5L), result.rows().stream().map(FilePredictionResult.Row::line).toList());
        assertEquals(List.of(3L, 4L, 6L, 7L), check.skipped().stream().map(FileCheck.SkippedRow::line).toList());
        assertTrue(check.skipped().get(1).reasons().contains("bill_length_mm"), check.skipped().get(1).reasons());
        assertEquals(List.of(), check.missingColumns());
        assertEquals(List.of("note"), check.ignoredColumns());
        assertTrue(check.hasTarget());

        FileCheck.ColumnIssue unseen = issue(check, "island", InputProblem.Kind.UNKNOWN_CATEGORY);
        assertEquals(3, unseen.rows());
        assertEquals(Map.of("Atlantis", 2, "Mu", 1), unseen.values());
        assertEquals("Atlantis", unseen.values().keySet().iterator().next(), "most frequent first");
        assertEquals(List.of(3L, 6L, 7L), unseen.exampleLines());
        FileCheck.ColumnIssue wrong = issue(check, "bill_length_mm", InputProblem.Kind.WRONG_TYPE);
        assertEquals(1, wrong.rows());
        assertEquals(List.of(4L), wrong.exampleLines());
        String report = String.join("\n", check.describe());
        assertTrue(report.contains("\"Atlantis\" × 2"), report);
        assertTrue(report.contains("line 4"), report);

        // the rows that fit get exactly the predictor's own predictions
        List<Prediction> direct = predictor.predict(List.of(
                Map.of("island", "Torgersen", "bill_length_mm", 39.1, "bill_depth_mm", 18.7,
                        "flipper_length_mm", 181, "body_mass_g", 3750, "sex", "MALE"),
                Map.of("island", "Dream", "bill_length_mm", 46.5, "bill_depth_mm", 17.9,
                        "flipper_length_mm", 192, "body_mass_g", 3500, "sex", "FEMALE")));
        for (int i = 0; i < 2; i++) {
            assertEquals(direct.get(i).label(), result.rows().get(i).prediction().label());
            assertEquals(direct.get(i).probabilities()[0], result.rows().get(i).prediction().probabilities()[0], 1e-12);
        }
        assertEquals("Adelie", result.rows().get(0).actual());
    }

    @Test
    void aMissingColumnIsFilledWhenTheModelImputesAndTheTargetIsOptional() throws Exception {
        Path file = write("no-sex.csv",
                "island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g",
                "Torgersen,39.1,18.7,181,3750",
                "Biscoe,46.1,13.2,211,4500");
        FilePredictionResult result = FilePrediction.run(penguins(), file, CsvSniffer.sniff(file),
                ProgressListener.NONE);
        assertEquals(List.of("sex"), result.check().missingColumns());
        assertTrue(result.check().missingColumnsFilled());
        assertFalse(result.check().hasTarget());
        assertEquals(2, result.check().rowsPredicted());
        assertEquals("", result.rows().get(0).actual());
        assertTrue(String.join("\n", result.check().describe()).contains("Missing column \"sex\""));
    }

    @Test
    void regressionRowsCarryTheErrorAndExportAtomicallyAsCsv() throws Exception {
        Predictor predictor = new Predictor(TrainedModels.train("auto-mpg.csv", "mpg").bundle());
        Path file = write("cars.csv",
                "name,mpg,cylinders,displacement,horsepower,weight_lbs,acceleration,model_year,origin",
                "a,18,8,307,130,3504,12,1970,USA",
                "b,,4,97,88,2130,14.5,1970,Japan");
        FilePredictionResult result = FilePrediction.run(predictor, file, CsvSniffer.sniff(file),
                ProgressListener.NONE);
        assertEquals(2, result.rows().size());
        FilePredictionResult.Row first = result.rows().get(0);
        assertEquals(18 - first.prediction().values()[0], first.error(), 1e-9);
        assertTrue(Double.isNaN(result.rows().get(1).error()), "no target, no error");

        Path out = dir.resolve("out.csv");
        result.writeCsv(out);
        try (CSVParser parser = CSVParser.parse(out, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(3, records.size());
            assertEquals("line", records.get(0).get(0));
            assertEquals("predicted mpg", records.get(0).get(records.get(0).size() - 2));
            assertEquals("2", records.get(1).get(0));
            assertEquals(first.prediction().values()[0],
                    Double.parseDouble(records.get(1).get(records.get(1).size() - 2)), 1e-3);
        }
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "no temporary file is left beside the export");
        }
    }

    @Test
    void decimalCommaFilesAreReadWithTheirDialect() throws Exception {
        Path file = write("comma.csv",
                "island;bill_length_mm;bill_depth_mm;flipper_length_mm;body_mass_g;sex",
                "Torgersen;39,1;18,7;181;3750;MALE");
        CsvDialect dialect = CsvDialect.DEFAULT.withDelimiter(';').withDecimalComma(true);
        FilePredictionResult result = FilePrediction.run(penguins(), file, dialect, ProgressListener.NONE);
        assertEquals(1, result.check().rowsPredicted(), String.join("\n", result.check().describe()));
        assertEquals("39.1", result.rows().get(0).inputs().get(1));
    }

    @Test
    void cancellingStopsTheWork() throws Exception {
        Path file = write("one.csv", "island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex",
                "Torgersen,39.1,18.7,181,3750,MALE");
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> FilePrediction.run(penguins(), file,
                CsvSniffer.sniff(file), cancelled));
    }

    private static FileCheck.ColumnIssue issue(FileCheck check, String column, InputProblem.Kind kind) {
        return check.issues().stream().filter(i -> i.column().equals(column) && i.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " issue for " + column
                        + " in " + check.issues()));
    }
}
