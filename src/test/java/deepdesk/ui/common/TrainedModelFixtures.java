package deepdesk.ui.common;

import deepdesk.core.data.Dataset;
import deepdesk.core.data.synthetic.SyntheticSettings;
import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.Preparation;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.TaskKind;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import java.util.List;

/** Small models trained for real, for the Evaluate and Deploy screens' tests. */
public final class TrainedModelFixtures {

    private TrainedModelFixtures() {
    }

    /** A classifier of two Gaussian blobs, trained for {@code epochs} epochs. */
    public static TrainedModel classifier(int epochs) {
        Dataset data = SyntheticShape.TWO_GAUSSIANS.generate(new SyntheticSettings(300, 0.1, 7));
        return train(data, "label", epochs);
    }

    /** A regressor of a tilted plane, trained for {@code epochs} epochs. */
    public static TrainedModel regressor(int epochs) {
        Dataset data = SyntheticShape.PLANE.generate(new SyntheticSettings(300, 0.1, 7));
        return train(data, "y", epochs);
    }

    /** A model of {@code dataset} predicting {@code target}, trained with a fixed seed. */
    public static TrainedModel train(Dataset dataset, String target, int epochs) {
        PreparedData prepared = Preparation.prepare(dataset, DatasetRoles.suggest(dataset, target),
                PreparationSettings.defaults());
        List<LayerSpec> hidden = List.of(LayerSpec.of(8, Activation.TANH));
        ModelSpec spec = prepared.task() == TaskKind.CLASSIFICATION
                ? ModelSpec.forClassification(prepared.train().width(), prepared.train().classCount(), hidden)
                : ModelSpec.forRegression(prepared.train().width(), prepared.train().targetWidth(), hidden);
        TrainingConfig config = TrainingConfig.defaults(spec).withOptimizer(OptimizerConfig.adam(0.02))
                .withMaxEpochs(epochs);
        Trainer trainer = new Trainer(config, new TrainingData(prepared.train(), prepared.validation()));
        trainer.run();
        return new TrainedModel(spec, trainer.bestWeights(), prepared, dataset, "Run 1");
    }
}
