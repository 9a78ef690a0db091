package deepdesk.ui.training;

import java.util.List;

/**
 * The numbers the training doctor looks at, copied out of a run so that the doctor needs no
 * training service, network or JavaFX.
 *
 * <p>Threading: immutable by convention; the arrays are not written after it is built.
 *
 * @param trainLoss         training loss after each completed epoch, in order
 * @param validationLoss    validation loss after each completed epoch; empty when the run has no
 *                          validation rows
 * @param diverged          whether the run ended because the loss or a weight became NaN or
 *                          infinite
 * @param learningRate      the base learning rate of the run
 * @param inputMeans        mean of each prepared input over the training rows
 * @param inputSpreads      standard deviation of each prepared input over the training rows
 * @param inputNames        the prepared inputs' names, as many as the means
 * @param reluUnits         number of hidden units with a ReLU activation whose activations were
 *                          observed; 0 when unknown
 * @param deadReluUnits     how many of those were never above zero
 */
public record DoctorEvidence(double[] trainLoss, double[] validationLoss, boolean diverged,
                             double learningRate, double[] inputMeans, double[] inputSpreads,
                             List<String> inputNames, int reluUnits, int deadReluUnits) {
}
