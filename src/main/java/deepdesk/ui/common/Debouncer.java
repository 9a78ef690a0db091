package deepdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action once a burst of requests has been quiet for a while, so typing "12345" into a
 * field costs one piece of background work, not five.
 *
 * <p>Threading: FX thread only.
 */
public abstract class Debouncer {

    private Debouncer() {
    }

    /** Asks for {@code action} to run; it replaces any action still waiting. */
    public abstract void submit(Runnable action);

    /** A debouncer that waits {@code delay} after the last request, on the FX timer. */
    public static Debouncer after(Duration delay) {
        return new Delayed(delay);
    }

    /** A debouncer that runs every request at once (for tests and for instant feedback). */
    public static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void submit(Runnable action) {
                action.run();
            }
        };
    }

    /** Waits on a {@link PauseTransition} that each request restarts. */
    private static final class Delayed extends Debouncer {
        private final Duration delay;
        private PauseTransition pause;
        private Runnable pending;

        Delayed(Duration delay) {
            this.delay = delay;
        }

        @Override
        public void submit(Runnable action) {
            pending = action;
            if (pause == null) {
                // created on first use: a transition needs the FX toolkit running
                pause = new PauseTransition(delay);
                pause.setOnFinished(e -> {
                    Runnable run = pending;
                    pending = null;
                    if (run != null) {
                        run.run();
                    }
                });
            }
            pause.playFromStart();
        }
    }
}
