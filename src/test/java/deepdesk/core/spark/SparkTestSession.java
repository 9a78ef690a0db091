package deepdesk.core.spark;

import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedSource;
import deepdesk.core.prep.PreparationSettings;

import java.nio.file.Path;

/** Opens the samples on the shared {@code local[2]} session of a test class. */
final class SparkTestSession {

    static final String MASTER = "local[2]";

    private SparkTestSession() {
    }

    /** A sample file's absolute path. */
    static String sample(String name) {
        return Path.of("samples", name).toAbsolutePath().toString();
    }

    /** Opens a sample with the preparation defaults, in two partitions. */
    static SparkDataset open(String file, String target, ClusterSettings settings) {
        DistributedSource source = new DistributedSource(sample(file), null, null, target,
                PreparationSettings.defaults());
        return SparkTraining.openSpark(source, settings.withPartitions(2));
    }
}
