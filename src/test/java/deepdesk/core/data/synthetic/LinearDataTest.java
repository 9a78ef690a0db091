package deepdesk.core.data.synthetic;

import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearDataTest {

    private static double[] column(Dataset d, int index) {
        return ((NumericColumn) d.column(index)).toArray();
    }

    @Test
    void withoutNoiseEveryPointIsOnTheLine() {
        Dataset d = LinearData.generate(new LinearDataSettings(50, -2, 3, 0, 1));
        double[] x = column(d, 0);
        double[] y = column(d, 1);
        for (int i = 0; i < x.length; i++) {
            assertTrue(x[i] >= -6 && x[i] <= 6);
            assertEquals(-2 * x[i] + 3, y[i], 1e-12);
        }
    }

    @Test
    void leastSquaresRecoversSlopeAndInterceptThroughTheNoise() {
        Dataset d = LinearData.generate(new LinearDataSettings(2000, 0.5, 1, 0.5, 3));
        double[] x = column(d, 0);
        double[] y = column(d, 1);
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        double residual = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - (slope * x[i] + intercept);
            residual += r * r / x.length;
        }
        assertEquals(0.5, slope, 0.02);
        assertEquals(1, intercept, 0.05);
        assertEquals(0.5, Math.sqrt(residual), 0.03);
    }

    @Test
    void theSameSeedGivesTheSamePoints() {
        LinearDataSettings settings = LinearDataSettings.defaults();
        Dataset a = LinearData.generate(settings);
        Dataset b = LinearData.generate(settings);
        Dataset c = LinearData.generate(new LinearDataSettings(settings.points(),
                settings.slope(), settings.intercept(), settings.noise(), 2));

        assertArrayEquals(column(a, 0), column(b, 0));
        assertArrayEquals(column(a, 1), column(b, 1));
        assertFalse(Arrays.equals(column(a, 0), column(c, 0)));
        assertEquals("x", a.column(0).name());
        assertEquals("y", a.column(1).name());
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new LinearDataSettings(1, 1, 0, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new LinearDataSettings(10, Double.NaN, 0, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new LinearDataSettings(10, 1, 0, -0.1, 1));
    }
}
