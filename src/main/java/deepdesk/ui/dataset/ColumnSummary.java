package deepdesk.ui.dataset;

import java.util.List;

/**
 * What the statistics pane shows for one column: formatted statistics and the bars of its
 * distribution.
 *
 * <p>Threading: immutable.
 *
 * @param column     the column's name
 * @param statistics count, missing, mean, std, min, quartiles, max, distinct, top values
 * @param bars       histogram bins for a numeric column, level counts for a categorical one
 * @param histogram  whether {@code bars} are numeric bins (true) or category levels (false)
 */
public record ColumnSummary(String column, List<Statistic> statistics, List<Bar> bars, boolean histogram) {

    /** Copies the lists. */
    public ColumnSummary {
        statistics = List.copyOf(statistics);
        bars = List.copyOf(bars);
    }
}
