package deepdesk.core.data.synthetic;

import deepdesk.core.common.SettingDocs;
import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.RecordComponent;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticShapeTest {

    private static double x1(Dataset d, int row) {
        return ((NumericColumn) d.column(0)).value(row);
    }

    private static double x2(Dataset d, int row) {
        return ((NumericColumn) d.column(1)).value(row);
    }

    private static boolean positive(Dataset d, int row) {
        return SyntheticShape.POSITIVE.equals(((CategoricalColumn) d.column(2)).value(row));
    }

    private static double y(Dataset d, int row) {
        return ((NumericColumn) d.column(2)).value(row);
    }

    @ParameterizedTest
    @EnumSource(SyntheticShape.class)
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers(SyntheticShape shape) {
        Dataset a = shape.generate(new SyntheticSettings(200, 0.2, 5));
        Dataset b = shape.generate(new SyntheticSettings(200, 0.2, 5));
        Dataset c = shape.generate(new SyntheticSettings(200, 0.2, 6));

        boolean differs = false;
        for (int row = 0; row < 200; row++) {
            for (int col = 0; col < 3; col++) {
                assertEquals(a.column(col).format(row), b.column(col).format(row));
                differs |= !a.column(col).format(row).equals(c.column(col).format(row));
            }
        }
        assertTrue(differs);
    }

    @ParameterizedTest
    @EnumSource(SyntheticShape.class)
    void columnsAreX1X2AndTheTarget(SyntheticShape shape) {
        Dataset d = shape.generate(new SyntheticSettings(101, 0, 1));

        assertEquals(101, d.rowCount());
        assertEquals(List.of("x1", "x2", shape.target()),
                d.columns().stream().map(c -> c.name()).toList());
        assertEquals(ColumnType.NUMERIC, d.column(0).type());
        assertEquals(shape.isClassification() ? ColumnType.CATEGORICAL : ColumnType.NUMERIC,
                d.column(2).type());
        for (int row = 0; row < d.rowCount(); row++) {
            if (shape != SyntheticShape.TWO_GAUSSIANS) {
                assertTrue(Math.abs(x1(d, row)) <= 6 && Math.abs(x2(d, row)) <= 6);
            }
            if (!shape.isClassification()) {
                // the plane's corners reach (6 + 6) / 10, as in Playground
                assertTrue(Math.abs(y(d, row)) <= 1.2 + 1e-12);
            }
        }
    }

    @Test
    void circleWithoutNoiseIsADiscInsideARing() {
        Dataset d = SyntheticShape.CIRCLE.generate(new SyntheticSettings(400, 0, 3));
        int positives = 0;
        for (int row = 0; row < d.rowCount(); row++) {
            double r = Math.hypot(x1(d, row), x2(d, row));
            if (positive(d, row)) {
                positives++;
                assertTrue(r < 2.5);
            } else {
                assertTrue(r >= 3.5 && r <= 5);
            }
        }
        assertEquals(200, positives);
    }

    @Test
    void noiseFlipsLabelsNearTheBoundary() {
        Dataset d = SyntheticShape.CIRCLE.generate(new SyntheticSettings(400, 0.5, 3));
        int flipped = 0;
        for (int row = 0; row < d.rowCount(); row++) {
            boolean inside = Math.hypot(x1(d, row), x2(d, row)) < 2.5;
            if (inside != positive(d, row)) {
                flipped++;
            }
        }
        assertTrue(flipped > 20 && flipped < 300, "flipped " + flipped);
    }

    @Test
    void xorLabelsFollowTheSignOfTheProduct() {
        Dataset d = SyntheticShape.XOR.generate(new SyntheticSettings(300, 0, 4));
        for (int row = 0; row < d.rowCount(); row++) {
            assertEquals(x1(d, row) * x2(d, row) >= 0, positive(d, row));
            assertTrue(Math.abs(x1(d, row)) >= 0.3 && Math.abs(x2(d, row)) >= 0.3);
        }
    }

    @Test
    void twoGaussiansSpreadWithNoise() {
        Dataset calm = SyntheticShape.TWO_GAUSSIANS.generate(new SyntheticSettings(4000, 0, 8));
        Dataset wide = SyntheticShape.TWO_GAUSSIANS.generate(new SyntheticSettings(4000, 0.5, 8));

        assertEquals(0.5, varianceOfPositives(calm), 0.05);
        assertEquals(4, varianceOfPositives(wide), 0.3);
    }

    private static double varianceOfPositives(Dataset d) {
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int row = 0; row < d.rowCount(); row++) {
            if (positive(d, row)) {
                double v = x1(d, row);
                sum += v;
                sumSq += v * v;
                n++;
            }
        }
        double mean = sum / n;
        assertEquals(2, mean, 0.1);
        return sumSq / n - mean * mean;
    }

    @Test
    void spiralArmsAreHalfATurnApart() {
        Dataset d = SyntheticShape.SPIRAL.generate(new SyntheticSettings(200, 0, 1));
        for (int k = 0; k < 100; k++) {
            assertTrue(positive(d, k));
            assertFalse(positive(d, 100 + k));
            assertEquals(k / 100.0 * 5, Math.hypot(x1(d, k), x2(d, k)), 1e-9);
            assertEquals(-x1(d, k), x1(d, 100 + k), 1e-9, "the other arm is the mirror image");
        }
    }

    @Test
    void planeWithoutNoiseIsTheScaledSum() {
        Dataset d = SyntheticShape.PLANE.generate(new SyntheticSettings(100, 0, 2));
        for (int row = 0; row < d.rowCount(); row++) {
            assertEquals((x1(d, row) + x2(d, row)) / 10, y(d, row), 1e-12);
        }
    }

    @Test
    void multiGaussianPeaksAtTheBumps() {
        Dataset d = SyntheticShape.MULTI_GAUSSIAN.generate(new SyntheticSettings(3000, 0, 2));
        for (int row = 0; row < d.rowCount(); row++) {
            double x = x1(d, row);
            double v = y(d, row);
            if (Math.hypot(x + 4, x2(d, row) - 2.5) < 0.2) {
                assertTrue(v > 0.9, "near the positive bump at (-4, 2.5): " + v);
            }
            if (Math.hypot(x, x2(d, row) - 2.5) < 0.2) {
                assertTrue(v < -0.9, "near the negative bump at (0, 2.5): " + v);
            }
        }
    }

    @Test
    void everySettingHasATooltip() {
        for (Class<? extends Record> type : List.of(SyntheticSettings.class,
                LinearDataSettings.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                String text = SettingDocs.describe(type, component.getName());
                assertTrue(text.contains("Default:"), component.getName() + ": " + text);
            }
        }
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticSettings(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticSettings(10, -1, 1));
        assertEquals(500, SyntheticSettings.defaults().points());
    }
}
