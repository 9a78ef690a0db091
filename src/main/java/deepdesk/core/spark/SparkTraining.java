package deepdesk.core.spark;

import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedDataset;
import deepdesk.core.distributed.DistributedSource;
import deepdesk.core.distributed.DistributedTraining;

/**
 * Training on Apache Spark, as {@link DistributedTraining} offers it to the rest of DeepDesk
 * (registered for {@link java.util.ServiceLoader}). Loading this class loads no Spark class; the
 * first {@link #open} starts (or joins) the Spark session.
 *
 * <p>Threading: thread-safe; {@link #open} blocks on Spark jobs.
 */
public final class SparkTraining implements DistributedTraining {

    /** Creates the provider; cheap, touches no Spark class. */
    public SparkTraining() {
    }

    @Override
    public String name() {
        return "Apache Spark";
    }

    @Override
    public DistributedDataset open(DistributedSource source, ClusterSettings settings) {
        return openSpark(source, settings);
    }

    /** As {@link #open}, giving the Spark dataset itself (for this package and its tests). */
    static SparkDataset openSpark(DistributedSource source, ClusterSettings settings) {
        SparkDataset dataset = SparkPreparation.prepare(
                SparkSessions.session(settings.master()), source, settings);
        dataset.use(settings);
        return dataset;
    }

    @Override
    public void shutdown() {
        SparkSessions.stop();
    }
}
