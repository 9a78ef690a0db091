package deepdesk.core.training;

/**
 * Creates the run of a config: the {@link TrainingService} calls it on its training thread to
 * start a run and again, with another seed, to reset it.
 *
 * <p>Threading: called on the training thread; implementations must not rely on the caller's
 * thread.
 */
@FunctionalInterface
public interface TrainingRunFactory {

    /**
     * A new run of {@code config}, with fresh initial weights from its seed.
     *
     * @throws IllegalArgumentException when the model does not fit the data
     */
    TrainingRun create(TrainingConfig config);
}
