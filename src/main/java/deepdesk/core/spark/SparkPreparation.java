package deepdesk.core.spark;

import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedSource;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.DerivedFeature;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.InputEncoding;
import deepdesk.core.prep.InputKind;
import deepdesk.core.prep.MissingValues;
import deepdesk.core.prep.PipelineStatistics;
import deepdesk.core.prep.PreparationException;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.Scaling;
import deepdesk.core.prep.TargetEncoding;
import deepdesk.core.prep.TaskKind;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Prepares a CSV file on Spark the way {@link deepdesk.core.prep.Preparation} prepares one in
 * memory: drop rows without a target, split, fit the pipeline on the training split, apply it.
 *
 * <ul>
 *   <li>The file is read by Spark's CSV reader with the schema the desktop infers from a sample
 *       ({@link CsvSample}); missing markers and NaN become nulls.</li>
 *   <li>decision: the split is by a seeded 64-bit hash of the whole row, so a row lands in the
 *       same split whatever the partitioning or the machine; shares are met in expectation, not
 *       exactly, and the split is not stratified.</li>
 *   <li>The pipeline is DeepDesk's own {@link FittedPipeline}, built by
 *       {@link PipelineStatistics} from Spark aggregations over the training rows (counts,
 *       means, population standard deviations, minima and maxima, category counts); no row is
 *       collected. Categories and classes keep the order of their first appearance in the file,
 *       as on the desktop; a median fill is Spark's approximate percentile.</li>
 *   <li>The pipeline is then applied on the executors, one {@link PreparedBlock} of floats per
 *       partition, cached.</li>
 *   <li>decision: the training rows are numbered 0..n-1 in the order of their row hash (one
 *       range-partitioned sort), a numbering that does not depend on how the file was split
 *       into partitions; the epochs' batch order is a permutation of these numbers.</li>
 * </ul>
 *
 * <p>Threading: runs on the calling thread (the driver), blocking on Spark jobs.
 */
final class SparkPreparation {

    private static final String HASH = "_row_hash";
    private static final String SPLIT = "_split";
    private static final String ROW_ID = "_row_id";
    private static final String KEEP = "_keep";
    private static final int SHARE_BUCKETS = 10_000;

    private SparkPreparation() {
    }

    /** Reads, splits, fits and applies; the blocks are cached when it returns. */
    static SparkDataset prepare(SparkSession spark, DistributedSource source,
                                ClusterSettings settings) {
        CsvSample sample = CsvSample.read(source.uri(), source.dialect(),
                spark.sparkContext().hadoopConfiguration());
        Dataset head = sample.sample();
        DatasetRoles roles = roles(source, head);
        PreparationSettings prep = source.preparation();
        List<String> inputs = new ArrayList<>(roles.inputs());
        inputs.sort(Comparator.comparingInt(head::indexOf));
        if (inputs.isEmpty()) {
            throw new PreparationException("choose at least one input column");
        }
        for (String name : inputs) {
            head.column(name).orElseThrow(() -> new PreparationException("the data has no column "
                    + name));
        }

        org.apache.spark.sql.Dataset<Row> frame = read(spark, source.uri(), sample);
        String target = field(head, roles.target());
        org.apache.spark.sql.Column keep = col(target).isNotNull();
        if (prep.missingValues() == MissingValues.DROP_ROWS) {
            for (String name : inputs) {
                keep = keep.and(col(field(head, name)).isNotNull());
            }
        }
        org.apache.spark.sql.Column[] all = new org.apache.spark.sql.Column[head.columnCount() + 1];
        all[0] = lit(prep.seed());
        for (int c = 0; c < head.columnCount(); c++) {
            all[c + 1] = col(field(c));
        }
        org.apache.spark.sql.Column bucket = functions.pmod(col(HASH), lit(SHARE_BUCKETS));
        int trainEnd = prep.trainPercent() * SHARE_BUCKETS / 100;
        int validationEnd = (prep.trainPercent() + prep.validationPercent()) * SHARE_BUCKETS / 100;
        // decision: the row id (rising with the position in the file, as Spark numbers the rows
        // of file splits in order) orders categories and classes by first appearance in the whole
        // file, as the desktop's importer does; it takes no part in the hash or the numbering.
        org.apache.spark.sql.Dataset<Row> rows = frame
                .withColumn(ROW_ID, functions.monotonically_increasing_id())
                .withColumn(KEEP, keep)
                .withColumn(HASH, functions.xxhash64(all))
                .withColumn(SPLIT, functions.when(bucket.lt(trainEnd), 0)
                        .when(bucket.lt(validationEnd), 1).otherwise(2))
                .persist(StorageLevel.MEMORY_AND_DISK());
        org.apache.spark.sql.Dataset<Row> kept = rows.filter(col(KEEP));
        org.apache.spark.sql.Column training = col(KEEP).and(col(SPLIT).equalTo(0));
        try {
            org.apache.spark.sql.Dataset<Row> train = kept.filter(col(SPLIT).equalTo(0));
            ColumnStatistics stats = ColumnStatistics.of(kept, col(SPLIT).equalTo(0), head, inputs,
                    roles, prep);
            TargetEncoding targetEncoding = targetEncoding(rows, head, roles);
            if (stats.rows() == 0) {
                throw new PreparationException("no rows are left for training in " + source.uri());
            }
            List<InputEncoding> encodings = new ArrayList<>();
            for (String name : inputs) {
                encodings.add(readsAsNumber(head.column(name).orElseThrow())
                        ? new InputEncoding(name, InputKind.NUMERIC, stats.fill(name), List.of(), -1)
                        : PipelineStatistics.categoricalInput(name,
                                categoryCounts(rows, training, head, name), prep));
            }
            FittedPipeline unscaled = PipelineStatistics.unscaled(encodings, targetEncoding, prep);
            FittedPipeline pipeline = scale(train, head, unscaled, prep);

            int partitions = settings.partitions() > 0 ? settings.partitions()
                    : spark.sparkContext().defaultParallelism();
            BlockEncoder encoder = new BlockEncoder(JsonText.write(pipeline), head, roles.target(),
                    targetEncoding);
            org.apache.spark.sql.Dataset<Row> ordered = train.repartitionByRange(partitions, col(HASH))
                    .sortWithinPartitions(col(HASH));
            JavaRDD<PreparedBlock> trainBlocks = encoder.blocks(ordered.javaRDD().zipWithIndex());
            JavaRDD<PreparedBlock> validationBlocks = encoder.blocks(
                    kept.filter(col(SPLIT).equalTo(1)).repartition(partitions).javaRDD());
            JavaRDD<PreparedBlock> testBlocks = encoder.blocks(
                    kept.filter(col(SPLIT).equalTo(2)).repartition(partitions).javaRDD());
            trainBlocks.persist(StorageLevel.MEMORY_AND_DISK());
            validationBlocks.persist(StorageLevel.MEMORY_AND_DISK());
            testBlocks.persist(StorageLevel.MEMORY_AND_DISK());
            List<Integer> trainCounts = trainBlocks.map(PreparedBlock::rows).collect();
            List<Integer> validationCounts = validationBlocks.map(PreparedBlock::rows).collect();
            List<Integer> testCounts = testBlocks.map(PreparedBlock::rows).collect();
            return new SparkDataset(spark, roles, pipeline, stats, trainBlocks, validationBlocks,
                    testBlocks, trainCounts, sum(validationCounts), sum(testCounts));
        } finally {
            rows.unpersist(false);
        }
    }

    /** The Spark name of column {@code index}: positions, so any header text is safe. */
    static String field(int index) {
        return "c" + index;
    }

    static String field(Dataset head, String name) {
        int index = head.indexOf(name);
        if (index < 0) {
            throw new PreparationException("the data has no column " + name);
        }
        return field(index);
    }

    /** Whether a column becomes one numeric feature: as {@code PipelineFitter} decides. */
    static boolean readsAsNumber(Column column) {
        return column instanceof NumericColumn && column.type() != ColumnType.CATEGORICAL;
    }

    private static DatasetRoles roles(DistributedSource source, Dataset head) {
        if (source.roles() != null) {
            return source.roles();
        }
        if (head.column(source.target()).isEmpty()) {
            List<String> names = new ArrayList<>();
            head.columns().forEach(c -> names.add(c.name()));
            throw new PreparationException("no column " + source.target() + " in " + source.uri()
                    + "; the columns are " + String.join(", ", names));
        }
        return DatasetRoles.suggest(head, source.target());
    }

    /** The file with typed columns, missing markers and NaN as nulls, names trimmed. */
    private static org.apache.spark.sql.Dataset<Row> read(SparkSession spark, String uri,
                                                          CsvSample sample) {
        CsvDialect dialect = sample.dialect();
        Dataset head = sample.sample();
        List<StructField> fields = new ArrayList<>();
        for (int c = 0; c < head.columnCount(); c++) {
            boolean number = head.column(c) instanceof NumericColumn && !dialect.decimalComma();
            DataType type = number ? DataTypes.DoubleType : DataTypes.StringType;
            fields.add(DataTypes.createStructField(field(c), type, true));
        }
        org.apache.spark.sql.Dataset<Row> raw = spark.read()
                .schema(new StructType(fields.toArray(new StructField[0])))
                .option("header", dialect.hasHeader())
                .option("sep", String.valueOf(dialect.delimiter()))
                .option("quote", String.valueOf(dialect.quote()))
                .option("escape", String.valueOf(dialect.quote()))
                .option("encoding", dialect.charset().name())
                .option("mode", "PERMISSIVE")
                .option("ignoreLeadingWhiteSpace", true)
                .option("ignoreTrailingWhiteSpace", true)
                .csv(uri);
        List<String> markers = new ArrayList<>();
        markers.add("");
        dialect.missingMarkers().forEach(m -> markers.add(m.trim().toLowerCase(Locale.ROOT)));
        org.apache.spark.sql.Column[] cleaned = new org.apache.spark.sql.Column[head.columnCount()];
        for (int c = 0; c < head.columnCount(); c++) {
            org.apache.spark.sql.Column value = col(field(c));
            boolean number = head.column(c) instanceof NumericColumn;
            if (number && dialect.decimalComma()) {
                value = functions.regexp_replace(functions.trim(value), ",", ".")
                        .cast(DataTypes.DoubleType);
            }
            if (number) {
                value = functions.when(functions.isnan(value), lit(null)).otherwise(value);
            } else {
                value = functions.when(functions.lower(functions.trim(value))
                        .isin(markers.toArray()), lit(null)).otherwise(functions.trim(value));
            }
            cleaned[c] = value.alias(field(c));
        }
        return raw.select(cleaned);
    }

    /**
     * For classification the classes of every kept row in order of first appearance, as the
     * desktop takes them from the whole column; for regression the plain target.
     */
    private static TargetEncoding targetEncoding(org.apache.spark.sql.Dataset<Row> rows,
                                                 Dataset head, DatasetRoles roles) {
        if (roles.task() == TaskKind.REGRESSION) {
            if (!(head.column(roles.target()).orElseThrow() instanceof NumericColumn)) {
                throw new PreparationException("the target " + roles.target()
                        + " holds text, so it cannot be predicted as a number");
            }
            return new TargetEncoding(roles.target(), TaskKind.REGRESSION, List.of());
        }
        String target = field(head, roles.target());
        List<String> classes = new ArrayList<>();
        for (Row row : rows.filter(col(target).isNotNull()).groupBy(col(target))
                .agg(functions.min(col(ROW_ID)).alias("first"))
                .orderBy(col("first")).collectAsList()) {
            classes.add(BlockEncoder.text(row.get(0)));
        }
        return PipelineStatistics.classification(roles.target(), classes);
    }

    /**
     * The categories of a column in the training rows and how often each occurs, in order of
     * first appearance in the file.
     */
    private static Map<String, Long> categoryCounts(org.apache.spark.sql.Dataset<Row> rows,
                                                    org.apache.spark.sql.Column training,
                                                    Dataset head, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String f = field(head, name);
        List<Row> seen = rows.filter(col(f).isNotNull()).groupBy(col(f))
                .agg(functions.count(functions.when(training, functions.lit(1))).alias("n"),
                        functions.min(col(ROW_ID)).alias("first"))
                .filter(col("n").gt(0)).orderBy(col("first")).collectAsList();
        for (Row row : seen) {
            counts.merge(BlockEncoder.text(row.get(0)), row.getLong(1), Long::sum);
        }
        return counts;
    }

    /** The scaling fitted on the imputed, derived, unscaled continuous features. */
    private static FittedPipeline scale(org.apache.spark.sql.Dataset<Row> train, Dataset head,
                                        FittedPipeline unscaled, PreparationSettings prep) {
        int width = unscaled.width();
        double[] means = new double[width];
        double[] deviations = new double[width];
        double[] minimums = new double[width];
        double[] maximums = new double[width];
        if (prep.scaling() == Scaling.NONE) {
            return PipelineStatistics.scaled(unscaled, prep.scaling(), means, deviations, minimums,
                    maximums);
        }
        Map<Integer, org.apache.spark.sql.Column> features = new HashMap<>();
        int position = 0;
        for (InputEncoding input : unscaled.inputs()) {
            if (input.kind() == InputKind.NUMERIC) {
                features.put(position, functions.coalesce(col(field(head, input.column())),
                        lit(input.fill())));
            }
            position += input.width();
        }
        for (DerivedFeature d : unscaled.derived()) {
            org.apache.spark.sql.Column a = features.get(d.first());
            org.apache.spark.sql.Column b = features.get(d.second());
            features.put(position++, switch (d.kind()) {
                case SQUARE -> a.multiply(a);
                case PRODUCT -> a.multiply(b);
                case SINE -> functions.sin(a);
            });
        }
        List<Integer> positions = new ArrayList<>(features.keySet());
        positions.sort(Comparator.naturalOrder());
        List<org.apache.spark.sql.Column> aggregates = new ArrayList<>();
        for (int j : positions) {
            org.apache.spark.sql.Column value = features.get(j);
            aggregates.add(functions.avg(value));
            aggregates.add(functions.stddev_pop(value));
            aggregates.add(functions.min(value));
            aggregates.add(functions.max(value));
        }
        if (aggregates.isEmpty()) {
            return PipelineStatistics.scaled(unscaled, prep.scaling(), means, deviations, minimums,
                    maximums);
        }
        Row row = train.agg(aggregates.get(0), aggregates.subList(1, aggregates.size())
                .toArray(new org.apache.spark.sql.Column[0])).first();
        int k = 0;
        for (int j : positions) {
            means[j] = number(row, k++);
            deviations[j] = number(row, k++);
            minimums[j] = number(row, k++);
            maximums[j] = number(row, k++);
        }
        return PipelineStatistics.scaled(unscaled, prep.scaling(), means, deviations, minimums,
                maximums);
    }

    static double number(Row row, int index) {
        return row.isNullAt(index) ? 0 : ((Number) row.get(index)).doubleValue();
    }

    private static long sum(List<Integer> counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }
}
