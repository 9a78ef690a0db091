package deepdesk.ui.common;

import deepdesk.core.data.Dataset;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedData;
import java.util.Objects;

/**
 * A model that finished training, as the Evaluate and Deploy screens need it: the network, its
 * best weights, and the data it was trained on.
 *
 * <p>Threading: immutable ({@link #weights()} returns a copy); the prepared data and dataset are
 * never written after they are handed out.
 *
 * @param spec     the network's architecture
 * @param weights  the run's best parameters, predicting in the target's own units
 * @param prepared the prepared splits the run trained on
 * @param dataset  the dataset the splits were prepared from
 * @param runName  the run's name as the Train screen shows it
 */
public record TrainedModel(ModelSpec spec, float[] weights, PreparedData prepared, Dataset dataset,
                           String runName) {

    /** Checks for nulls and copies the weights. */
    public TrainedModel {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(runName, "runName");
        weights = weights.clone();
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }
}
