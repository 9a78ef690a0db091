package deepdesk.core.spark;

import deepdesk.core.data.Dataset;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.MissingValues;
import deepdesk.core.prep.PipelineStatistics;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.TaskKind;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * Statistics of the training split computed by one Spark aggregation (plus one grouping per
 * column when the most frequent value fills gaps): the row count, each numeric input's fill value
 * and range, and the regression target's mean and standard deviation.
 *
 * <p>Threading: immutable.
 *
 * @param rows            training rows
 * @param fills           per numeric input column, the value that fills its gaps
 * @param minimums        per numeric input column, its smallest training value (NaN if none)
 * @param maximums        per numeric input column, its largest training value (NaN if none)
 * @param targetMean      the regression target's training mean (0 for classification)
 * @param targetDeviation its population standard deviation (1 for classification)
 */
record ColumnStatistics(long rows, Map<String, Double> fills, Map<String, Double> minimums,
                        Map<String, Double> maximums, double targetMean, double targetDeviation) {

    /** The accuracy parameter of Spark's approximate median (relative error about 1e-4). */
    private static final int MEDIAN_ACCURACY = 10_000;

    /**
     * @param kept     every row that has a target
     * @param training whether a kept row belongs to the training split
     */
    static ColumnStatistics of(org.apache.spark.sql.Dataset<Row> kept,
                               org.apache.spark.sql.Column training, Dataset head,
                               List<String> inputs, DatasetRoles roles,
                               PreparationSettings prep) {
        org.apache.spark.sql.Dataset<Row> train = kept.filter(training);
        List<String> numeric = new ArrayList<>();
        for (String name : inputs) {
            if (SparkPreparation.readsAsNumber(head.column(name).orElseThrow())) {
                numeric.add(name);
            }
        }
        boolean median = prep.missingValues() == MissingValues.MEDIAN;
        List<org.apache.spark.sql.Column> aggregates = new ArrayList<>();
        boolean regression = roles.task() == TaskKind.REGRESSION;
        aggregates.add(functions.count(functions.when(training, functions.lit(1))));
        String target = SparkPreparation.field(head, roles.target());
        org.apache.spark.sql.Column trainTarget = functions.when(training, col(target));
        aggregates.add(regression ? functions.avg(trainTarget) : functions.lit(0));
        aggregates.add(regression ? functions.stddev_pop(trainTarget) : functions.lit(1));
        for (String name : numeric) {
            org.apache.spark.sql.Column value = functions.when(training,
                    col(SparkPreparation.field(head, name)));
            aggregates.add(functions.avg(value));
            aggregates.add(functions.min(value));
            aggregates.add(functions.max(value));
            if (median) {
                aggregates.add(functions.percentile_approx(value, functions.lit(0.5),
                        functions.lit(MEDIAN_ACCURACY)));
            }
        }
        Row row = kept.agg(aggregates.get(0), aggregates.subList(1, aggregates.size())
                .toArray(new org.apache.spark.sql.Column[0])).first();
        long rows = row.getLong(0);
        double targetMean = regression ? SparkPreparation.number(row, 1) : 0;
        double targetDeviation = regression ? SparkPreparation.number(row, 2) : 1;
        Map<String, Double> fills = new HashMap<>();
        Map<String, Double> minimums = new HashMap<>();
        Map<String, Double> maximums = new HashMap<>();
        int k = 3;
        for (String name : numeric) {
            double mean = SparkPreparation.number(row, k++);
            minimums.put(name, row.isNullAt(k) ? Double.NaN : row.getDouble(k));
            k++;
            maximums.put(name, row.isNullAt(k) ? Double.NaN : row.getDouble(k));
            k++;
            double middle = median ? SparkPreparation.number(row, k++) : Double.NaN;
            double frequent = prep.missingValues() == MissingValues.MOST_FREQUENT
                    ? mostFrequent(train, SparkPreparation.field(head, name)) : Double.NaN;
            fills.put(name, PipelineStatistics.numericFill(prep, mean, middle, frequent));
        }
        return new ColumnStatistics(rows, Map.copyOf(fills), Map.copyOf(minimums),
                Map.copyOf(maximums), targetMean, targetDeviation);
    }

    /** The fill of a numeric input column. */
    double fill(String column) {
        return fills.get(column);
    }

    /** The most frequent value of a column, the smallest of those tied; 0 when it has none. */
    private static double mostFrequent(org.apache.spark.sql.Dataset<Row> train, String field) {
        List<Row> top = train.filter(col(field).isNotNull()).groupBy(col(field)).count()
                .orderBy(col("count").desc(), col(field).asc()).limit(1).collectAsList();
        return top.isEmpty() ? 0 : top.get(0).getDouble(0);
    }
}
