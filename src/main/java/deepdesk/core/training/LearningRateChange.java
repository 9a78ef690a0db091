package deepdesk.core.training;

/**
 * A change of the base learning rate made while a run was in progress.
 *
 * <p>Threading: immutable.
 *
 * @param epoch the epoch during which it changed, counted from 1 (0 before the first batch)
 * @param step  batches trained before the change took effect
 * @param from  the base learning rate before
 * @param to    the base learning rate after
 */
public record LearningRateChange(int epoch, long step, double from, double to) {
}
