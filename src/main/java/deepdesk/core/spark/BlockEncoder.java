package deepdesk.core.spark;

import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.TargetEncoding;
import deepdesk.core.prep.TaskKind;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies the fitted pipeline on the executors: each partition's rows become one
 * {@link PreparedBlock} of floats, through {@link FittedPipeline#transformRaw}, the same code
 * that prepares prediction inputs.
 *
 * <p>Threading: immutable and serializable; shipped to the executors inside Spark tasks.
 */
final class BlockEncoder implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK = 4096;

    private final String pipelineJson;
    private final String[] inputNames;
    private final int[] inputFields;
    private final int targetField;
    private final boolean classification;
    private final HashMap<String, Integer> classIndex = new HashMap<>();
    private final int classCount;

    BlockEncoder(String pipelineJson, Dataset head, String target, TargetEncoding encoding) {
        this.pipelineJson = pipelineJson;
        FittedPipeline pipeline = JsonText.read(pipelineJson, FittedPipeline.class);
        List<String> names = pipeline.inputColumns();
        this.inputNames = names.toArray(new String[0]);
        this.inputFields = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            inputFields[i] = head.indexOf(names.get(i));
        }
        this.targetField = head.indexOf(target);
        this.classification = encoding.task() == TaskKind.CLASSIFICATION;
        for (int c = 0; c < encoding.classNames().size(); c++) {
            classIndex.put(encoding.classNames().get(c), c);
        }
        this.classCount = encoding.classCount();
    }

    /** A cell as DeepDesk's text: numbers as a numeric column formats them, null as null. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double number) {
            return NumericColumn.formatValue(number);
        }
        return value.toString();
    }

    /** Blocks of training rows numbered in the global order. */
    JavaRDD<PreparedBlock> blocks(JavaPairRDD<Row, Long> numbered) {
        return numbered.mapPartitions(rows -> List.of(encode(rows, true)).iterator());
    }

    /** Blocks of rows without numbers. */
    JavaRDD<PreparedBlock> blocks(JavaRDD<Row> rows) {
        return rows.mapPartitions(it -> List.of(encode(new Iterator<Tuple2<Row, Long>>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Tuple2<Row, Long> next() {
                return new Tuple2<>(it.next(), -1L);
            }
        }, false)).iterator());
    }

    private PreparedBlock encode(Iterator<Tuple2<Row, Long>> rows, boolean numbered) {
        FittedPipeline pipeline = JsonText.read(pipelineJson, FittedPipeline.class);
        int width = pipeline.width();
        List<float[]> chunks = new ArrayList<>();
        List<Map<String, String>> chunk = new ArrayList<>();
        FloatList targets = new FloatList();
        List<Integer> labels = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        while (rows.hasNext()) {
            Tuple2<Row, Long> next = rows.next();
            Row row = next._1();
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < inputNames.length; i++) {
                Object value = row.get(inputFields[i]);
                if (value != null) {
                    cells.put(inputNames[i], value instanceof Double d ? Double.toString(d)
                            : value.toString());
                }
            }
            chunk.add(cells);
            Object target = row.get(targetField);
            if (classification) {
                Integer label = classIndex.get(text(target));
                labels.add(label);
                targets.add(label);
            } else {
                targets.add((float) ((Double) target).doubleValue());
            }
            if (numbered) {
                numbers.add(next._2());
            }
            if (chunk.size() == CHUNK) {
                chunks.add(pipeline.transformRaw(chunk));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(pipeline.transformRaw(chunk));
        }
        int n = targets.size();
        float[] features = new float[n * width];
        int at = 0;
        for (float[] part : chunks) {
            System.arraycopy(part, 0, features, at, part.length);
            at += part.length;
        }
        int[] labelArray = classification ? labels.stream().mapToInt(Integer::intValue).toArray() : null;
        long[] numberArray = numbered ? numbers.stream().mapToLong(Long::longValue).toArray() : null;
        return new PreparedBlock(n, width, classCount, features, targets.toArray(), labelArray,
                numberArray);
    }

    /** A growing array of floats. */
    private static final class FloatList {
        private float[] values = new float[1024];
        private int size;

        void add(float value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
