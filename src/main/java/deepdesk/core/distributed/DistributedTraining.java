package deepdesk.core.distributed;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Trains DeepDesk models on a cluster. The implementation lives with the cluster library and is
 * found through {@link ServiceLoader}; looking it up loads none of the library's classes until a
 * dataset is opened.
 *
 * <p>Threading: implementations are thread-safe; {@link #open} and {@link #shutdown} block and
 * belong on a worker thread, never the FX thread.
 */
public interface DistributedTraining {

    /** The installed implementation, if any. */
    static Optional<DistributedTraining> find() {
        return ServiceLoader.load(DistributedTraining.class).findFirst();
    }

    /** A short name of the cluster technology, such as "Apache Spark". */
    String name();

    /**
     * Connects to the cluster of {@code settings} (starting an embedded one for a local master)
     * and prepares {@code source} there: read, split by a seeded hash of each row, pipeline
     * fitted with distributed aggregates, then applied on the workers.
     *
     * @throws IllegalArgumentException when the file, a column or the settings are unusable; the
     *                                  message names the problem
     */
    DistributedDataset open(DistributedSource source, ClusterSettings settings);

    /** Stops the cluster session this process holds, if any. Harmless when there is none. */
    void shutdown();
}
