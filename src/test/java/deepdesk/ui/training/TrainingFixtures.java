package deepdesk.ui.training;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.synthetic.SyntheticSettings;
import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.Preparation;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingData;
import deepdesk.ui.common.Workbench;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small prepared datasets for the Train screen's tests. */
final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** A spiral of {@code points} rows. */
    static Dataset spiral(int points) {
        return SyntheticShape.SPIRAL.generate(new SyntheticSettings(points, 0.1, 7));
    }

    /** A tilted plane (regression) of {@code points} rows. */
    static Dataset plane(int points) {
        return SyntheticShape.PLANE.generate(new SyntheticSettings(points, 0.1, 7));
    }

    /** A sample CSV from the class path, copied into {@code folder} and read. */
    static Dataset sample(String fileName, Path folder) throws IOException, CsvFormatException {
        Path file = folder.resolve(fileName);
        try (InputStream in = TrainingFixtures.class.getResourceAsStream("/samples/" + fileName)) {
            if (in == null) {
                throw new IOException("no sample " + fileName);
            }
            Files.copy(in, file);
        }
        return new CsvImporter().read(file, CsvSniffer.sniff(file), ProgressListener.NONE);
    }

    /** A workbench that prepares on the calling thread, with the dataset open. */
    static Workbench workbenchWith(Dataset dataset, String target) {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.open(dataset, DatasetRoles.suggest(dataset, target));
        return workbench;
    }

    /**
     * Sets the workbench's training settings to the default model trained for a very long time
     * without early stopping, so that a run is still going when a test pauses or steps it.
     */
    static void trainForLong(Workbench workbench) {
        workbench.trainingConfigProperty().set(TrainViewModel.defaultConfig(workbench.preparedProperty().get())
                .withMaxEpochs(1_000_000).withEarlyStopping(EarlyStopping.OFF));
    }

    /** The dataset prepared with default settings. */
    static PreparedData prepare(Dataset dataset, String target) {
        return Preparation.prepare(dataset, DatasetRoles.suggest(dataset, target), PreparationSettings.defaults());
    }

    /** Training and validation splits of prepared data. */
    static TrainingData trainingData(PreparedData data) {
        return new TrainingData(data.train(), data.validation());
    }
}
