package deepdesk.core.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Records training events and lets a test wait, with a timeout, for one that matches. */
final class EventRecorder implements TrainingListener {

    private final List<TrainingEvent> events = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();

    @Override
    public synchronized void onEvent(TrainingEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    /** A copy of the events so far. */
    synchronized List<TrainingEvent> events() {
        return List.copyOf(events);
    }

    /** The names of the threads that delivered the events. */
    synchronized List<String> threads() {
        return List.copyOf(threads);
    }

    /** The events of one type so far. */
    synchronized <T extends TrainingEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Waits up to 20 seconds for an event matching {@code test}, counting from event
     * {@code fromIndex}, and returns it.
     */
    synchronized <T extends TrainingEvent> T await(Class<T> type, Predicate<T> test, int fromIndex)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int checked = fromIndex;
        while (true) {
            for (; checked < events.size(); checked++) {
                TrainingEvent e = events.get(checked);
                if (type.isInstance(e) && test.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching " + type.getSimpleName() + " within 20 s; got " + events);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits for a matching event among all events so far and to come. */
    <T extends TrainingEvent> T await(Class<T> type, Predicate<T> test) throws InterruptedException {
        return await(type, test, 0);
    }

    /** Number of events so far. */
    synchronized int size() {
        return events.size();
    }
}
