package deepdesk.ui.evaluation;

import deepdesk.core.bundle.InputSchema;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.Predictor;
import deepdesk.ui.common.TrainedModel;

/**
 * The predictor of the model the Evaluate screen judges, built once per model and shared by
 * "Predict a file" and the what-if form: it checks raw inputs against the training schema
 * (with the numeric ranges of the training rows) exactly as a saved bundle would.
 *
 * <p>Threading: thread-safe; {@link #of} is called on background threads.
 */
final class ModelPredictors {

    private TrainedModel model;
    private Predictor predictor;

    /** The predictor of {@code trained}, built on first use. */
    synchronized Predictor of(TrainedModel trained) {
        if (model != trained) {
            InputSchema schema = InputSchema.of(trained.prepared().pipeline(), trained.dataset(),
                    trained.prepared().rows().train());
            predictor = new Predictor(ModelBundle.of(trained.spec(), trained.weights(),
                    trained.prepared().pipeline(), schema, null));
            model = trained;
        }
        return predictor;
    }
}
