package deepdesk.core.bundle;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.engine.BackendKind;
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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small models trained on the sample files with fixed seeds, cached for the test run.
 *
 * <p>Threading: thread-safe.
 */
public final class TrainedModels {

    /** A trained model with the data it was trained on. */
    public record Trained(ModelBundle bundle, PreparedData prepared, Dataset dataset) {
    }

    private static final Map<String, Trained> CACHE = new ConcurrentHashMap<>();

    private TrainedModels() {
    }

    /** The dataset of a sample file. */
    public static Dataset open(String sample) {
        try {
            Path path = Path.of("samples", sample);
            return new CsvImporter().read(path, CsvSniffer.sniff(path), ProgressListener.NONE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open sample " + sample, e);
        }
    }

    /** A model for {@code target} of a sample, with default preparation and one hidden layer. */
    public static Trained train(String sample, String target) {
        return train(sample, target, PreparationSettings.defaults(), Activation.TANH);
    }

    /** A model for {@code target} of a sample, prepared with {@code settings}. */
    public static Trained train(String sample, String target, PreparationSettings settings,
                                Activation activation) {
        String key = sample + "/" + target + "/" + settings + "/" + activation;
        return CACHE.computeIfAbsent(key, k -> {
            Dataset dataset = open(sample);
            DatasetRoles roles = DatasetRoles.suggest(dataset, target);
            PreparedData prepared = Preparation.prepare(dataset, roles, settings);
            List<LayerSpec> hidden = List.of(LayerSpec.of(8, activation));
            int width = prepared.pipeline().width();
            ModelSpec spec = prepared.task() == TaskKind.REGRESSION
                    ? ModelSpec.forRegression(width, 1, hidden)
                    : ModelSpec.forClassification(width, prepared.classNames().size(), hidden);
            TrainingConfig config = TrainingConfig.defaults(spec)
                    .withOptimizer(OptimizerConfig.adam(0.02)).withMaxEpochs(25)
                    .withBackend(BackendKind.JAVA).withSeed(7);
            Trainer trainer = new Trainer(config,
                    new TrainingData(prepared.train(), prepared.validation()));
            trainer.run();
            return new Trained(ModelBundle.fromTraining(spec, trainer.bestWeights(), prepared,
                    dataset), prepared, dataset);
        });
    }
}
