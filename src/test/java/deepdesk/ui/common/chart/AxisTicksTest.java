package deepdesk.ui.common.chart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AxisTicksTest {

    @Test
    void linearTicksAreNiceNumbersInsideTheRange() {
        assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, AxisTicks.linear(0, 100, 5), 1e-9);
        assertArrayEquals(new double[] {0.2, 0.4, 0.6}, AxisTicks.linear(0.13, 0.61, 3), 1e-9);
    }

    @Test
    void logTicksArePowersOfTen() {
        assertArrayEquals(new double[] {0.01, 0.1, 1}, AxisTicks.logarithmic(0.005, 3), 1e-12);
    }

    @Test
    void labelsAreShort() {
        assertEquals("20", AxisTicks.format(20));
        assertEquals("0.25", AxisTicks.format(0.25));
        assertEquals("1e-04", AxisTicks.format(1e-4));
        assertEquals("0.12346", AxisTicks.formatValue(0.123456789));
    }
}
