package deepdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Round axis ticks and short labels. */
class TicksTest {

    @Test
    void ticksAreRoundStepsInsideTheRange() {
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0), Ticks.of(-0.3, 10.2, 5));
        assertEquals(List.of(1000.0, 1500.0, 2000.0), Ticks.of(990, 2010, 2));
    }

    @Test
    void labelsDropTrailingZeros() {
        assertEquals("2.5", Ticks.format(2.5));
        assertEquals("4", Ticks.format(4.0));
        assertEquals("0.125", Ticks.format(0.125));
        assertEquals("1.50e+06", Ticks.format(1_500_000));
    }

    @Test
    void preciseValuesKeepSixSignificantDigits() {
        assertEquals("0.0455127", Ticks.precise(0.04551273600657362));
        assertEquals("-0.0220994", Ticks.precise(-0.02209936666953591));
        assertEquals("123457", Ticks.precise(123456.789));
        assertEquals("1.23457E-7", Ticks.precise(1.23456789e-7));
    }
}
