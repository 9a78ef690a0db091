package deepdesk.core.training;

/**
 * Receives the events of a {@link TrainingService}.
 *
 * <p>Threading: called on the training thread, never while the service holds a lock. Keep it
 * short (hand the event to a queue); a UI drains that queue on its own timer. An exception thrown
 * here is logged and does not stop training. A listener may give the service commands, but must
 * not wait for their futures: they complete on this same thread.
 */
@FunctionalInterface
public interface TrainingListener {

    /** Called for each event, in the order they happened. */
    void onEvent(TrainingEvent event);
}
