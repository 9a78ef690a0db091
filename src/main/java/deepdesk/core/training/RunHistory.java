package deepdesk.core.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every run of a {@link TrainingService}, so that runs can be compared and saved. The service
 * appends as it trains; readers get immutable {@link RunRecord} copies.
 *
 * <p>Threading: thread-safe. Written on the training thread, read from any thread.
 */
public final class RunHistory {

    private final Map<Long, Entry> runs = new LinkedHashMap<>();

    /** All runs, oldest first. */
    public synchronized List<RunRecord> runs() {
        List<RunRecord> records = new ArrayList<>(runs.size());
        for (Entry entry : runs.values()) {
            records.add(entry.record());
        }
        return records;
    }

    /** The run with this id, if any. */
    public synchronized Optional<RunRecord> run(long id) {
        Entry entry = runs.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.record());
    }

    /** Number of runs. */
    public synchronized int size() {
        return runs.size();
    }

    /**
     * Replaces every run with {@code records}, saved earlier (a project being opened).
     *
     * @return the highest id among them, 0 when there are none
     */
    synchronized long replaceAll(List<RunRecord> records) {
        runs.clear();
        long highest = 0;
        for (RunRecord record : records) {
            runs.put(record.id(), new Entry(record));
            highest = Math.max(highest, record.id());
        }
        return highest;
    }

    synchronized void begin(long id, TrainingConfig config, TrainingState state) {
        runs.put(id, new Entry(id, config, state));
    }

    synchronized void state(long id, TrainingState state) {
        runs.get(id).state = state;
    }

    synchronized void epoch(long id, EpochMetrics metrics, int bestEpoch) {
        Entry entry = runs.get(id);
        entry.epochs.add(metrics);
        entry.bestEpoch = bestEpoch;
    }

    synchronized void rateChange(long id, LearningRateChange change) {
        runs.get(id).rateChanges.add(change);
    }

    synchronized void end(long id, StopReason reason, String message, int bestEpoch, float[] bestWeights) {
        Entry entry = runs.get(id);
        entry.state = reason.finalState();
        entry.reason = reason;
        entry.message = message;
        entry.bestEpoch = bestEpoch;
        entry.bestWeights = bestWeights.clone();
    }

    /** The growing record of one run; guarded by the history's lock. */
    private static final class Entry {
        final long id;
        final TrainingConfig config;
        final List<EpochMetrics> epochs = new ArrayList<>();
        final List<LearningRateChange> rateChanges = new ArrayList<>();
        TrainingState state;
        StopReason reason;
        String message;
        int bestEpoch;
        float[] bestWeights;

        Entry(long id, TrainingConfig config, TrainingState state) {
            this.id = id;
            this.config = config;
            this.state = state;
        }

        Entry(RunRecord saved) {
            this(saved.id(), saved.config(), saved.state());
            epochs.addAll(saved.epochs());
            rateChanges.addAll(saved.rateChanges());
            reason = saved.reason();
            message = saved.message();
            bestEpoch = saved.bestEpoch();
            bestWeights = saved.bestWeights();
        }

        RunRecord record() {
            return new RunRecord(id, config, epochs, rateChanges, state, reason, message, bestEpoch,
                    bestWeights);
        }
    }
}
