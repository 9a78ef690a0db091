package deepdesk.core.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of lesson 3's walk through a training step: which quantity is computed, and for which
 * hidden unit where that matters.
 *
 * <p>Threading: immutable.
 *
 * @param kind what is computed
 * @param unit the hidden unit (from 0) for the kinds that concern one; -1 otherwise
 */
public record BackpropStage(Kind kind, int unit) {

    /** The three phases of a training step. */
    public enum Phase {
        /** Inputs to loss. */
        FORWARD,
        /** Loss gradient back to the first layer's weights. */
        BACKWARD,
        /** Each weight takes a step against its gradient. */
        UPDATE
    }

    /** What a stage computes, in the order of a training step. */
    public enum Kind {
        /** The row's inputs and target. */
        INPUT(Phase.FORWARD, false),
        /** A hidden unit's weighted sum z. */
        HIDDEN_SUM(Phase.FORWARD, true),
        /** A hidden unit's activation a = f(z). */
        HIDDEN_ACTIVATION(Phase.FORWARD, true),
        /** The output unit's weighted sum. */
        OUTPUT_SUM(Phase.FORWARD, false),
        /** The prediction ŷ = σ(z). */
        OUTPUT(Phase.FORWARD, false),
        /** The row's loss and the mean loss over the rows. */
        LOSS(Phase.FORWARD, false),
        /** ∂L/∂ŷ. */
        LOSS_GRADIENT(Phase.BACKWARD, false),
        /** The output unit's delta ∂L/∂z. */
        OUTPUT_DELTA(Phase.BACKWARD, false),
        /** The gradient of the weight from a hidden unit to the output. */
        OUTPUT_WEIGHT_GRADIENT(Phase.BACKWARD, true),
        /** The gradient of the output bias. */
        OUTPUT_BIAS_GRADIENT(Phase.BACKWARD, false),
        /** A hidden unit's delta, by the chain rule through the output weight. */
        HIDDEN_DELTA(Phase.BACKWARD, true),
        /** The gradients of a hidden unit's input weights and bias. */
        HIDDEN_WEIGHT_GRADIENTS(Phase.BACKWARD, true),
        /** The output layer's weights and bias move. */
        UPDATE_OUTPUT(Phase.UPDATE, false),
        /** A hidden unit's input weights and bias move. */
        UPDATE_HIDDEN(Phase.UPDATE, true);

        private final Phase phase;
        private final boolean perUnit;

        Kind(Phase phase, boolean perUnit) {
            this.phase = phase;
            this.perUnit = perUnit;
        }

        /** The phase this kind belongs to. */
        public Phase phase() {
            return phase;
        }

        /** Whether there is one stage of this kind per hidden unit. */
        public boolean perUnit() {
            return perUnit;
        }
    }

    /** Checks that the unit fits the kind. */
    public BackpropStage {
        if (kind.perUnit() ? unit < 0 : unit != -1) {
            throw new IllegalArgumentException(kind + (kind.perUnit() ? " needs a unit" : " has no unit")
                    + ", got " + unit);
        }
    }

    /** The stage of a kind that has no unit. */
    public static BackpropStage of(Kind kind) {
        return new BackpropStage(kind, -1);
    }

    /** The phase this stage belongs to. */
    public Phase phase() {
        return kind.phase();
    }

    /**
     * Every stage of one training step of a network with {@code hiddenUnits} hidden units, in
     * order: forward unit by unit and layer by layer, backward from the loss to the first layer,
     * then the update from the output layer back to the first.
     */
    public static List<BackpropStage> sequence(int hiddenUnits) {
        List<BackpropStage> stages = new ArrayList<>();
        stages.add(of(Kind.INPUT));
        for (int j = 0; j < hiddenUnits; j++) {
            stages.add(new BackpropStage(Kind.HIDDEN_SUM, j));
            stages.add(new BackpropStage(Kind.HIDDEN_ACTIVATION, j));
        }
        stages.add(of(Kind.OUTPUT_SUM));
        stages.add(of(Kind.OUTPUT));
        stages.add(of(Kind.LOSS));
        stages.add(of(Kind.LOSS_GRADIENT));
        stages.add(of(Kind.OUTPUT_DELTA));
        for (int j = 0; j < hiddenUnits; j++) {
            stages.add(new BackpropStage(Kind.OUTPUT_WEIGHT_GRADIENT, j));
        }
        stages.add(of(Kind.OUTPUT_BIAS_GRADIENT));
        for (int j = 0; j < hiddenUnits; j++) {
            stages.add(new BackpropStage(Kind.HIDDEN_DELTA, j));
            stages.add(new BackpropStage(Kind.HIDDEN_WEIGHT_GRADIENTS, j));
        }
        stages.add(of(Kind.UPDATE_OUTPUT));
        for (int j = 0; j < hiddenUnits; j++) {
            stages.add(new BackpropStage(Kind.UPDATE_HIDDEN, j));
        }
        return List.copyOf(stages);
    }
}
