package deepdesk.core.training;

/**
 * What one trained batch did.
 *
 * <p>Threading: immutable.
 *
 * @param epoch           the epoch the batch belongs to, counted from 1
 * @param batch           the batch within the epoch, counted from 1
 * @param batchesPerEpoch batches in one epoch
 * @param step            batches trained since the run began, this one included
 * @param rows            rows in the batch
 * @param loss            the batch's mean data loss (NaN or infinite when it diverged)
 * @param learningRate    the learning rate used
 * @param endsEpoch       whether this was the epoch's last batch
 * @param diverged        whether the loss or a weight became NaN or infinite; the weights were
 *                        left at their last good values
 */
public record BatchResult(int epoch, int batch, int batchesPerEpoch, long step, int rows, double loss,
                          double learningRate, boolean endsEpoch, boolean diverged) {
}
