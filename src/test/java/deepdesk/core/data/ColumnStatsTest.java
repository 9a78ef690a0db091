package deepdesk.core.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statistics, histograms and type changes on small hand-checked columns. */
class ColumnStatsTest {

    private static final double NA = Double.NaN;

    @Test
    void numericStatisticsMatchHandComputedValues() {
        NumericColumn c = new NumericColumn("x", ColumnType.NUMERIC,
                new double[] {4, NA, 1, 3, 2, 2, NA});
        ColumnStats s = ColumnStats.of(c);
        assertEquals(5, s.count());
        assertEquals(2, s.missing());
        assertEquals(2.4, s.mean(), 1e-12);
        assertEquals(Math.sqrt(5.2 / 4), s.std(), 1e-12);
        assertEquals(1, s.min());
        assertEquals(2, s.q1());
        assertEquals(2, s.median());
        assertEquals(3, s.q3());
        assertEquals(4, s.max());
        assertEquals(4, s.distinct());
        assertEquals(new ColumnStats.ValueCount("2", 2), s.topValues().get(0));
    }

    @Test
    void quartilesInterpolateLikePandas() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.75, ColumnStats.quantile(sorted, 0.25), 1e-12);
        assertEquals(2.5, ColumnStats.quantile(sorted, 0.5), 1e-12);
        assertEquals(3.25, ColumnStats.quantile(sorted, 0.75), 1e-12);
    }

    @Test
    void categoricalStatisticsCountLevels() {
        CategoricalColumn c = new CategoricalColumn("s", ColumnType.CATEGORICAL,
                new int[] {0, 1, 1, CategoricalColumn.MISSING, 2, 1}, List.of("a", "b", "c"));
        ColumnStats s = ColumnStats.of(c);
        assertEquals(5, s.count());
        assertEquals(1, s.missing());
        assertEquals(3, s.distinct());
        assertTrue(Double.isNaN(s.mean()));
        assertEquals(List.of(new ColumnStats.ValueCount("b", 3),
                new ColumnStats.ValueCount("a", 1), new ColumnStats.ValueCount("c", 1)),
                s.topValues());
    }

    @Test
    void histogramBinsCoverTheRangeAndCountEveryPresentCell() {
        double[] values = new double[101];
        for (int i = 0; i <= 100; i++) {
            values[i] = i;
        }
        values[50] = NA;
        Histogram h = Histogram.of(new NumericColumn("x", ColumnType.NUMERIC, values), 4);
        assertTrue(h.numeric());
        assertEquals(4, h.bars().size());
        assertEquals(1, h.missing());
        assertEquals(0, h.bars().get(0).lower());
        assertEquals(100, h.bars().get(3).upper());
        assertEquals(25, h.bars().get(0).count());
        assertEquals(26, h.bars().get(3).count(), "the last bin holds its upper bound");
        assertEquals(100, h.bars().stream().mapToInt(Histogram.Bar::count).sum());
        assertEquals(1, Histogram.of(new NumericColumn("k", ColumnType.CONSTANT,
                new double[] {5, 5, 5})).bars().size());
    }

    @Test
    void histogramOfCategoriesHasOneBarPerLevel() {
        CategoricalColumn c = new CategoricalColumn("s", ColumnType.CATEGORICAL,
                new int[] {0, 1, 1, CategoricalColumn.MISSING}, List.of("a", "b"));
        Histogram h = Histogram.of(c);
        assertEquals(List.of(new Histogram.Bar("a", NA, NA, 1), new Histogram.Bar("b", NA, NA, 2)),
                h.bars());
        assertEquals(1, h.missing());
    }

    @Test
    void numbersBecomeCategoriesAndBack() {
        NumericColumn cylinders = new NumericColumn("cylinders", ColumnType.NUMERIC,
                new double[] {8, 4, NA, 4, 6.5});
        CategoricalColumn asLevels = (CategoricalColumn) ColumnConversion.convert(cylinders,
                ColumnType.CATEGORICAL);
        assertEquals(ColumnType.CATEGORICAL, asLevels.type());
        assertEquals(List.of("8", "4", "6.5"), asLevels.levels());
        assertTrue(asLevels.isMissing(2));
        NumericColumn back = (NumericColumn) ColumnConversion.convert(asLevels,
                ColumnType.NUMERIC);
        for (int i = 0; i < cylinders.size(); i++) {
            assertEquals(cylinders.value(i), back.value(i));
        }
        assertEquals(ColumnType.NUMERIC, cylinders.type(), "the original is unchanged");
    }

    @Test
    void labelsThatAreNotNumbersBecomeMissing() {
        CategoricalColumn c = new CategoricalColumn("s", ColumnType.CATEGORICAL,
                new int[] {0, 1, 2}, List.of("1.5", "x", "2,5"));
        NumericColumn n = (NumericColumn) ColumnConversion.convert(c, ColumnType.NUMERIC);
        assertEquals(1.5, n.value(0));
        assertTrue(n.isMissing(1));
        assertEquals(2.5, n.value(2));
        assertEquals(1, n.missingCount());
    }

    @Test
    void roleHintsKeepTheValues() {
        CategoricalColumn c = new CategoricalColumn("name", ColumnType.TEXT,
                new int[] {0, 1}, List.of("ford pinto", "vw golf"));
        Column asId = ColumnConversion.convert(c, ColumnType.IDENTIFIER);
        assertEquals(ColumnType.IDENTIFIER, asId.type());
        assertEquals("vw golf", asId.format(1));
        Column asConstant = ColumnConversion.convert(
                new NumericColumn("k", ColumnType.NUMERIC, new double[] {1, 2}), ColumnType.TEXT);
        assertEquals(ColumnType.TEXT, asConstant.type());
        assertEquals("2", asConstant.format(1));
    }
}
