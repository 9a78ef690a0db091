package deepdesk.ui.common;

import deepdesk.core.training.PredictionSnapshot;
import deepdesk.core.training.TrainingEvent;
import deepdesk.core.training.TrainingSnapshot;
import java.util.List;

/**
 * Everything that happened in the training service since the previous update, handed to a view
 * model in one call by {@link FxTrainingBridge}.
 *
 * <p>Threading: immutable.
 *
 * @param events      the events in the order the training thread published them; may be empty
 * @param snapshot    the service's latest snapshot when the update was taken
 * @param predictions the newest prediction snapshot that arrived since the previous update, or
 *                    {@code null} when none did
 */
public record TrainingUpdate(List<TrainingEvent> events, TrainingSnapshot snapshot,
                             PredictionSnapshot predictions) {

    /** Copies the event list. */
    public TrainingUpdate {
        events = List.copyOf(events);
    }
}
