package deepdesk.ui.training;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingDoctorTest {

    private final TrainingDoctor doctor = new TrainingDoctor();

    private static DoctorEvidence evidence(double[] train, double[] validation, boolean diverged) {
        return new DoctorEvidence(train, validation, diverged, 0.01, new double[] {0, 0.1},
                new double[] {1, 0.9}, List.of("x1", "x2"), 0, 0);
    }

    private static double[] curve(int n, java.util.function.IntToDoubleFunction f) {
        return IntStream.range(0, n).mapToDouble(f).toArray();
    }

    private static List<DoctorFinding.Kind> kinds(List<DoctorFinding> findings) {
        return findings.stream().map(DoctorFinding::kind).toList();
    }

    @Test
    void aHealthyRunGetsNoCards() {
        double[] train = curve(30, i -> 1.0 / (1 + i));
        double[] validation = curve(30, i -> 1.1 / (1 + i) + 0.01);
        assertEquals(List.of(), doctor.examine(evidence(train, validation, false)));
    }

    @Test
    void aDivergedRunGetsADivergenceCardSuggestingASmallerRate() {
        List<DoctorFinding> findings = doctor.examine(evidence(new double[] {0.7, 0.5}, new double[0], true));
        assertEquals(List.of(DoctorFinding.Kind.DIVERGENCE), kinds(findings));
        assertTrue(findings.get(0).advice().contains("0.001"), findings.get(0).advice());
    }

    @Test
    void aLossThatGrowsTenfoldCountsAsExploding() {
        double[] train = {1.0, 0.5, 0.8, 3, 9};
        assertEquals(List.of(DoctorFinding.Kind.DIVERGENCE),
                kinds(doctor.examine(evidence(train, new double[0], false))));
    }

    @Test
    void aFlatLossMeansTheLearningRateIsTooLow() {
        double[] train = curve(20, i -> 0.6931 - i * 1e-5);
        assertEquals(List.of(DoctorFinding.Kind.LEARNING_RATE_TOO_LOW),
                kinds(doctor.examine(evidence(train, curve(20, i -> 0.6932), false))));
    }

    @Test
    void aRisingValidationLossWithFallingTrainingLossIsOverfitting() {
        double[] train = curve(40, i -> 1.0 / (1 + i));
        double[] validation = curve(40, i -> i < 10 ? 1.0 / (1 + i) + 0.02 : 0.11 + 0.01 * (i - 10));
        List<DoctorFinding> findings = doctor.examine(evidence(train, validation, false));
        assertEquals(List.of(DoctorFinding.Kind.OVERFITTING), kinds(findings));
        assertTrue(findings.get(0).advice().contains("epoch 11"), findings.get(0).advice());
    }

    @Test
    void aLossStuckForTenEpochsAfterFallingIsAPlateau() {
        double[] train = curve(30, i -> i < 15 ? 1.0 - i * 0.05 : 0.3);
        assertEquals(List.of(DoctorFinding.Kind.PLATEAU),
                kinds(doctor.examine(evidence(train, new double[0], false))));
    }

    @Test
    void inputsFarFromUnitScaleAreNamed() {
        DoctorEvidence e = new DoctorEvidence(new double[] {1}, new double[0], false, 0.01,
                new double[] {0, 1500, 0.2}, new double[] {1, 300, 40}, List.of("age", "income", "height"), 0, 0);
        List<DoctorFinding> findings = doctor.examine(e);
        assertEquals(List.of(DoctorFinding.Kind.UNSCALED_INPUTS), kinds(findings));
        assertTrue(findings.get(0).advice().startsWith("income, height are"), findings.get(0).advice());
    }

    @Test
    void manyDeadReluUnitsAreReportedWithTheirShare() {
        DoctorEvidence e = new DoctorEvidence(new double[] {1}, new double[0], false, 0.01,
                new double[] {0}, new double[] {1}, List.of("x"), 16, 10);
        List<DoctorFinding> findings = doctor.examine(e);
        assertEquals(List.of(DoctorFinding.Kind.DEAD_RELUS), kinds(findings));
        assertTrue(findings.get(0).advice().contains("10 of 16"), findings.get(0).advice());
        DoctorEvidence few = new DoctorEvidence(new double[] {1}, new double[0], false, 0.01,
                new double[] {0}, new double[] {1}, List.of("x"), 16, 3);
        assertEquals(List.of(), doctor.examine(few));
    }
}
