package deepdesk.ui.training;

/**
 * A hidden neuron picked to be shown large.
 *
 * <p>Threading: immutable.
 *
 * @param layer  hidden layer, from 0 nearest the input
 * @param neuron the neuron within the layer, from 0
 */
public record NeuronChoice(int layer, int neuron) {
}
