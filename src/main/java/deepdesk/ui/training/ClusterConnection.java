package deepdesk.ui.training;

import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedDataset;
import deepdesk.core.distributed.DistributedSource;
import deepdesk.core.distributed.DistributedTraining;

import java.util.Objects;

/**
 * The Train screen's link to a cluster: finds the cluster implementation the first time a run is
 * sent there (so that nothing of the cluster library is loaded before), keeps the dataset it
 * prepared for as long as the same file, preparation and master are used (so that Start and Reset
 * do not read the file again), and closes it when they change or the screen goes away.
 *
 * <p>Threading: every method blocks on cluster work and belongs on a background thread; calls
 * are serialised on this object.
 */
final class ClusterConnection {

    /** What a prepared dataset was opened for. */
    private record Key(DistributedSource source, ClusterSettings settings) {
    }

    private DistributedTraining training;
    private Key key;
    private DistributedDataset dataset;

    /**
     * The dataset of {@code source} prepared on the cluster of {@code settings}: the one already
     * open when both are unchanged, else a new one (closing the old).
     *
     * @throws IllegalStateException    when no cluster implementation is installed
     * @throws IllegalArgumentException when the file, a column or the settings are unusable
     */
    synchronized DistributedDataset open(DistributedSource source, ClusterSettings settings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
        Key wanted = new Key(source, settings);
        if (dataset != null && wanted.equals(key)) {
            return dataset;
        }
        closeDataset();
        if (training == null) {
            training = DistributedTraining.find().orElseThrow(() -> new IllegalStateException(
                    "no cluster library is installed with this copy of DeepDesk"));
        }
        if (key != null && !key.settings().master().equals(settings.master())) {
            training.shutdown();
        }
        dataset = training.open(source, settings);
        key = wanted;
        return dataset;
    }

    /** Frees the cluster's memory and stops the cluster session, if one was started. */
    synchronized void close() {
        closeDataset();
        key = null;
        if (training != null) {
            training.shutdown();
        }
    }

    private void closeDataset() {
        if (dataset != null) {
            DistributedDataset old = dataset;
            dataset = null;
            old.close();
        }
    }
}
