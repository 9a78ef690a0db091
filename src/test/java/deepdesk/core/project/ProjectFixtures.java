package deepdesk.core.project;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.Preparation;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.training.DefaultModels;
import deepdesk.core.training.RunRecord;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingOutcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** A small real project: the iris sample with two short runs, copied under a test folder. */
final class ProjectFixtures {

    static final Path IRIS = Path.of("samples", "iris.csv");

    private ProjectFixtures() {
    }

    /** Copies the iris sample into {@code dir} and builds a project with two trained runs. */
    static ProjectFile irisProject(Path dir) throws Exception {
        Path csv = dir.resolve("iris.csv");
        Files.copy(IRIS, csv, StandardCopyOption.REPLACE_EXISTING);
        CsvDialect dialect = CsvSniffer.sniff(csv);
        Dataset dataset = new CsvImporter().read(csv, dialect, ProgressListener.NONE);
        DatasetRoles roles = DatasetRoles.suggest(dataset, "species");
        PreparationSettings settings = PreparationSettings.defaults().withSeed(7);
        PreparedData prepared = Preparation.prepare(dataset, roles, settings);
        ModelSpec model = DefaultModels.forData(prepared.train(), List.of(6), Activation.TANH, null);
        TrainingConfig config = TrainingConfig.defaults(model).withMaxEpochs(3).withSeed(11)
                .withBackend(BackendKind.JAVA);
        RunRecord first = train(1, config, prepared);
        RunRecord second = train(2, config.withMaxEpochs(5), prepared);
        return ProjectFile.of("2026-01-02T03:04:05Z", DatasetReference.of(csv, dialect), roles,
                settings, config, List.of(first, second), Map.of(2L, "longer"));
    }

    private static RunRecord train(long id, TrainingConfig config, PreparedData prepared) {
        Trainer trainer = new Trainer(config, new TrainingData(prepared.train(), prepared.validation()));
        TrainingOutcome outcome = trainer.run(metrics -> { }, () -> false);
        return new RunRecord(id, config, outcome.epochs(), List.of(), outcome.reason().finalState(),
                outcome.reason(), outcome.message(), outcome.bestEpoch(), trainer.bestWeights());
    }
}
