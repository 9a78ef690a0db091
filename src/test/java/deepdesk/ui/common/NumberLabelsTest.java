package deepdesk.ui.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short labels for statistics and precise ones for table cells. */
class NumberLabelsTest {

    @Test
    void labelsDropTrailingZeros() {
        assertEquals("2.5", NumberLabels.format(2.5));
        assertEquals("4", NumberLabels.format(4.0));
        assertEquals("0.125", NumberLabels.format(0.125));
        assertEquals("1.50e+06", NumberLabels.format(1_500_000));
    }

    @Test
    void preciseValuesKeepSixSignificantDigits() {
        assertEquals("0.0455127", NumberLabels.precise(0.04551273600657362));
        assertEquals("-0.0220994", NumberLabels.precise(-0.02209936666953591));
        assertEquals("123457", NumberLabels.precise(123456.789));
        assertEquals("1.23457E-7", NumberLabels.precise(1.23456789e-7));
    }
}
