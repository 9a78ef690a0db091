package deepdesk.ui.builder;

import deepdesk.core.common.SettingDocs;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.model.ScheduleConfig;
import deepdesk.core.model.ScheduleKind;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingConfig;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The typed hyperparameters of the Model screen: for each, its label, section, tooltip (the
 * Javadoc of the record component that declares it), how it is read from a draft, how typed text
 * is checked and written into one, and when it matters.
 *
 * <p>Threading: stateless; the fields it makes are FX thread only.
 */
final class HyperparameterFields {

    /** Section of the optimiser and its settings. */
    static final String OPTIMISER = "Optimiser";
    /** Section of the learning-rate schedule. */
    static final String SCHEDULE = "Learning-rate schedule";
    /** Section of batch size and stopping rules. */
    static final String LENGTH = "Batches and epochs";
    /** Section of early stopping. */
    static final String EARLY_STOPPING = "Early stopping";
    /** Section of penalties, clipping and noise. */
    static final String REGULARISATION = "Regularisation";
    /** Section of the seed and backend. */
    static final String RUN = "Reproducibility and engine";

    private static final Set<OptimizerKind> MOMENTUM_KINDS = EnumSet.of(OptimizerKind.MOMENTUM, OptimizerKind.NESTEROV);
    private static final Set<OptimizerKind> ADAM_KINDS = EnumSet.of(OptimizerKind.ADAM, OptimizerKind.ADAMW);
    private static final Set<OptimizerKind> EPSILON_KINDS =
            EnumSet.of(OptimizerKind.ADAM, OptimizerKind.ADAMW, OptimizerKind.RMSPROP, OptimizerKind.ADAGRAD);

    private HyperparameterFields() {
    }

    static List<SettingField> create(SettingField.Owner owner) {
        return List.of(
                optimizer(owner, "learning-rate", "Learning rate", "learningRate", OptimizerConfig::learningRate,
                        (o, t) -> new OptimizerConfig(o.kind(), NumberEntry.positive(t, "The learning rate"),
                                o.momentum(), o.beta1(), o.beta2(), o.epsilon(), o.weightDecay(), o.rho()),
                        EnumSet.allOf(OptimizerKind.class)),
                optimizer(owner, "momentum", "Momentum", "momentum", OptimizerConfig::momentum,
                        (o, t) -> new OptimizerConfig(o.kind(), o.learningRate(),
                                NumberEntry.fractionBelowOne(t, "Momentum"), o.beta1(), o.beta2(), o.epsilon(),
                                o.weightDecay(), o.rho()),
                        MOMENTUM_KINDS),
                optimizer(owner, "beta1", "Beta 1", "beta1", OptimizerConfig::beta1,
                        (o, t) -> new OptimizerConfig(o.kind(), o.learningRate(), o.momentum(),
                                NumberEntry.fractionBelowOne(t, "Beta 1"), o.beta2(), o.epsilon(),
                                o.weightDecay(), o.rho()),
                        ADAM_KINDS),
                optimizer(owner, "beta2", "Beta 2", "beta2", OptimizerConfig::beta2,
                        (o, t) -> new OptimizerConfig(o.kind(), o.learningRate(), o.momentum(), o.beta1(),
                                NumberEntry.fractionBelowOne(t, "Beta 2"), o.epsilon(), o.weightDecay(), o.rho()),
                        ADAM_KINDS),
                optimizer(owner, "rho", "Rho", "rho", OptimizerConfig::rho,
                        (o, t) -> new OptimizerConfig(o.kind(), o.learningRate(), o.momentum(), o.beta1(),
                                o.beta2(), o.epsilon(), o.weightDecay(), NumberEntry.fractionBelowOne(t, "Rho")),
                        EnumSet.of(OptimizerKind.RMSPROP)),
                optimizer(owner, "epsilon", "Epsilon", "epsilon", OptimizerConfig::epsilon,
                        (o, t) -> new OptimizerConfig(o.kind(), o.learningRate(), o.momentum(), o.beta1(),
                                o.beta2(), NumberEntry.fractionUpToOne(t, "Epsilon"), o.weightDecay(), o.rho()),
                        EPSILON_KINDS),
                optimizer(owner, "weight-decay", "Weight decay", "weightDecay", OptimizerConfig::weightDecay,
                        (o, t) -> new OptimizerConfig(o.kind(), o.learningRate(), o.momentum(), o.beta1(),
                                o.beta2(), o.epsilon(), NumberEntry.unitInterval(t, "Weight decay"), o.rho()),
                        EnumSet.of(OptimizerKind.ADAMW)),

                schedule(owner, "step-epochs", "Step every (epochs)", "stepEpochs", s -> s.stepEpochs(),
                        (s, t) -> new ScheduleConfig(s.kind(), NumberEntry.wholeAtLeast(t, 1, "The step"),
                                s.factor(), s.periodEpochs(), s.minRate(), s.patience(), s.minDelta()),
                        EnumSet.of(ScheduleKind.STEP)),
                schedule(owner, "factor", "Factor", "factor", ScheduleConfig::factor,
                        (s, t) -> new ScheduleConfig(s.kind(), s.stepEpochs(),
                                NumberEntry.fractionUpToOne(t, "The factor"), s.periodEpochs(), s.minRate(),
                                s.patience(), s.minDelta()),
                        EnumSet.of(ScheduleKind.STEP, ScheduleKind.REDUCE_ON_PLATEAU)),
                schedule(owner, "period-epochs", "Period (epochs)", "periodEpochs", s -> s.periodEpochs(),
                        (s, t) -> new ScheduleConfig(s.kind(), s.stepEpochs(), s.factor(),
                                NumberEntry.wholeAtLeast(t, 1, "The period"), s.minRate(), s.patience(),
                                s.minDelta()),
                        EnumSet.of(ScheduleKind.COSINE)),
                schedule(owner, "plateau-patience", "Patience (epochs)", "patience", s -> s.patience(),
                        (s, t) -> new ScheduleConfig(s.kind(), s.stepEpochs(), s.factor(), s.periodEpochs(),
                                s.minRate(), NumberEntry.wholeAtLeast(t, 0, "The patience"), s.minDelta()),
                        EnumSet.of(ScheduleKind.REDUCE_ON_PLATEAU)),
                schedule(owner, "plateau-min-delta", "Min. improvement", "minDelta", ScheduleConfig::minDelta,
                        (s, t) -> new ScheduleConfig(s.kind(), s.stepEpochs(), s.factor(), s.periodEpochs(),
                                s.minRate(), s.patience(), NumberEntry.nonNegative(t, "The minimum improvement")),
                        EnumSet.of(ScheduleKind.REDUCE_ON_PLATEAU)),
                schedule(owner, "min-rate", "Minimum rate", "minRate", ScheduleConfig::minRate,
                        (s, t) -> new ScheduleConfig(s.kind(), s.stepEpochs(), s.factor(), s.periodEpochs(),
                                NumberEntry.nonNegative(t, "The minimum rate"), s.patience(), s.minDelta()),
                        EnumSet.of(ScheduleKind.COSINE, ScheduleKind.REDUCE_ON_PLATEAU)),

                field(owner, "batch-size", LENGTH, "Batch size", doc(TrainingConfig.class, "batchSize"),
                        d -> Integer.toString(d.batchSize()),
                        (d, t) -> d.withBatchSize(NumberEntry.wholeAtLeast(t, 1, "The batch size"))),
                field(owner, "max-epochs", LENGTH, "Epochs", doc(TrainingConfig.class, "maxEpochs"),
                        d -> Integer.toString(d.maxEpochs()),
                        (d, t) -> d.withMaxEpochs(NumberEntry.wholeAtLeast(t, 1, "The number of epochs"))),
                field(owner, "target-loss", LENGTH, "Stop at loss", doc(TrainingConfig.class, "targetLoss"),
                        d -> NumberEntry.format(d.targetLoss()),
                        (d, t) -> d.withTargetLoss(NumberEntry.nonNegative(t, "The target loss"))),
                field(owner, "early-stopping-patience", EARLY_STOPPING, "Patience (epochs)",
                        doc(EarlyStopping.class, "patience"),
                        d -> Integer.toString(d.earlyStopping().patience()),
                        (d, t) -> d.withEarlyStopping(new EarlyStopping(
                                NumberEntry.wholeAtLeast(t, 0, "The patience"), d.earlyStopping().minDelta()))),
                new SettingField(owner, "early-stopping-min-delta", EARLY_STOPPING, "Min. improvement",
                        doc(EarlyStopping.class, "minDelta"),
                        d -> NumberEntry.format(d.earlyStopping().minDelta()),
                        (d, t) -> d.withEarlyStopping(new EarlyStopping(d.earlyStopping().patience(),
                                NumberEntry.nonNegative(t, "The minimum delta"))),
                        d -> d.earlyStopping().enabled()),

                field(owner, "l1", REGULARISATION, "L1", doc(RegularizationConfig.class, "l1"),
                        d -> NumberEntry.format(d.regularization().l1()),
                        (d, t) -> d.withRegularization(new RegularizationConfig(NumberEntry.nonNegative(t, "L1"),
                                d.regularization().l2(), d.regularization().clipNorm()))),
                field(owner, "l2", REGULARISATION, "L2", doc(RegularizationConfig.class, "l2"),
                        d -> NumberEntry.format(d.regularization().l2()),
                        (d, t) -> d.withRegularization(new RegularizationConfig(d.regularization().l1(),
                                NumberEntry.nonNegative(t, "L2"), d.regularization().clipNorm()))),
                field(owner, "clip-norm", REGULARISATION, "Clip gradient norm",
                        doc(RegularizationConfig.class, "clipNorm"),
                        d -> NumberEntry.format(d.regularization().clipNorm()),
                        (d, t) -> d.withRegularization(new RegularizationConfig(d.regularization().l1(),
                                d.regularization().l2(), NumberEntry.nonNegative(t, "The clip norm")))),
                field(owner, "input-noise", REGULARISATION, "Input noise", doc(TrainingConfig.class, "inputNoise"),
                        d -> NumberEntry.format(d.inputNoise()),
                        (d, t) -> d.withInputNoise(NumberEntry.nonNegative(t, "The input noise"))),

                field(owner, "seed", RUN, "Seed", doc(TrainingConfig.class, "seed"),
                        d -> Long.toString(d.seed()), (d, t) -> d.withSeed(NumberEntry.whole(t))));
    }

    private static String doc(Class<? extends Record> type, String component) {
        return SettingDocs.describe(type, component);
    }

    private interface OptimizerWrite {
        OptimizerConfig apply(OptimizerConfig current, String text);
    }

    private interface ScheduleWrite {
        ScheduleConfig apply(ScheduleConfig current, String text);
    }

    private static SettingField field(SettingField.Owner owner, String key, String group, String label, String help,
                                      Function<ModelDraft, String> read,
                                      BiFunction<ModelDraft, String, ModelDraft> write) {
        return new SettingField(owner, key, group, label, help, read, write, d -> true);
    }

    private static SettingField optimizer(SettingField.Owner owner, String key, String label, String component,
                                          ToDoubleFunction<OptimizerConfig> read,
                                          OptimizerWrite write, Set<OptimizerKind> relevantFor) {
        return new SettingField(owner, key, OPTIMISER, label, doc(OptimizerConfig.class, component),
                d -> NumberEntry.format(read.applyAsDouble(d.optimizer())),
                (d, t) -> d.withOptimizer(write.apply(d.optimizer(), t)),
                d -> relevantFor.contains(d.optimizer().kind()));
    }

    private static SettingField schedule(SettingField.Owner owner, String key, String label, String component,
                                         ToDoubleFunction<ScheduleConfig> read, ScheduleWrite write, Set<ScheduleKind> relevantFor) {
        return new SettingField(owner, key, SCHEDULE, label, doc(ScheduleConfig.class, component),
                d -> NumberEntry.format(read.applyAsDouble(d.schedule())),
                (d, t) -> d.withSchedule(write.apply(d.schedule(), t)),
                d -> relevantFor.contains(d.schedule().kind()));
    }
}
