package deepdesk.core.training;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Computes {@link PredictionSnapshot}s on a thread of its own with a second network that receives
 * a copy of the training network's weights, so the training thread only pays for the copy. At
 * most one computation is waiting at a time: a newer request replaces a waiting one (its callers
 * get the newer result), and computations start at most {@link #MAX_PER_SECOND} times a second.
 *
 * <p>Threading: {@link #submit} may be called from any thread; the computation runs on the
 * snapshot thread, which alone touches the second network.
 */
final class PredictionSnapshotter {

    /** The most snapshots computed per second. */
    static final int MAX_PER_SECOND = 30;
    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L / MAX_PER_SECOND;
    private static final int CHUNK_ROWS = 256;

    /**
     * Everything one snapshot needs, captured on the training thread.
     *
     * @param weights a copy of the weights, owned by the job
     */
    record Job(long runId, long step, int epoch, ModelSpec spec, TrainingData data, float[] weights,
               PredictionRequest request, List<CompletableFuture<PredictionSnapshot>> callers) {
    }

    private final ScheduledExecutorService executor;
    private final Object lock = new Object();
    private Job waiting;
    private boolean scheduled;
    private long lastStartNanos = System.nanoTime() - MIN_INTERVAL_NANOS;

    // Owned by the snapshot thread.
    private Network network;
    private PreparedSplit medianSource;
    private float[] medians;

    PredictionSnapshotter(TrainingThreadFactory threads) {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1,
                task -> threads.newThread("deepdesk-snapshots", task));
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = pool;
    }

    /** Queues a job, replacing any job still waiting. */
    void submit(Job job) {
        long delay;
        synchronized (lock) {
            if (waiting != null) {
                job.callers().addAll(waiting.callers());
            }
            waiting = job;
            if (scheduled) {
                return;
            }
            scheduled = true;
            delay = Math.max(0, lastStartNanos + MIN_INTERVAL_NANOS - System.nanoTime());
        }
        try {
            executor.schedule(this::runWaiting, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            failWaiting(new IllegalStateException("the training service is shut down"));
        }
    }

    /** Stops the snapshot thread; waiting callers get an exception. */
    void shutdown() {
        executor.shutdownNow();
        failWaiting(new IllegalStateException("the training service is shut down"));
    }

    private void failWaiting(RuntimeException reason) {
        Job job;
        synchronized (lock) {
            job = waiting;
            waiting = null;
            scheduled = false;
        }
        if (job != null) {
            job.callers().forEach(c -> c.completeExceptionally(reason));
        }
    }

    private void runWaiting() {
        Job job;
        synchronized (lock) {
            job = waiting;
            waiting = null;
            scheduled = false;
            lastStartNanos = System.nanoTime();
        }
        if (job == null) {
            return;
        }
        try {
            PredictionSnapshot snapshot = compute(job);
            job.callers().forEach(c -> c.complete(snapshot));
        } catch (RuntimeException e) {
            job.callers().forEach(c -> c.completeExceptionally(e));
        }
    }

    private PredictionSnapshot compute(Job job) {
        ModelSpec spec = job.spec();
        PredictionRequest request = job.request();
        PreparedSplit train = job.data().train();
        int width = spec.inputWidth();
        if (request.inputX() >= width || request.inputY() >= width) {
            throw new IllegalArgumentException("the model has " + width + " inputs; cannot plot inputs "
                    + request.inputX() + " and " + request.inputY());
        }
        if (network == null || !network.spec().equals(spec)) {
            network = Network.create(spec, BackendKind.JAVA, CHUNK_ROWS, 0);
        }
        network.setParameters(job.weights());
        float[] reference = referenceRow(medians(train), request.referenceRow());

        double[] xRange = range(train, request.inputX(), request.xMin(), request.xMax());
        double[] yRange = range(train, request.inputY(), request.yMin(), request.yMax());
        int resolution = request.resolution();
        int cells = resolution * resolution;
        float[] grid = new float[cells * width];
        for (int iy = 0; iy < resolution; iy++) {
            float y = (float) (yRange[0] + (yRange[1] - yRange[0]) * iy / (resolution - 1));
            for (int ix = 0; ix < resolution; ix++) {
                float x = (float) (xRange[0] + (xRange[1] - xRange[0]) * ix / (resolution - 1));
                int base = (iy * resolution + ix) * width;
                System.arraycopy(reference, 0, grid, base, width);
                grid[base + request.inputX()] = x;
                grid[base + request.inputY()] = y;
            }
        }
        float[] gridOutputs = new float[cells * spec.outputWidth()];
        network.predict(grid, cells, gridOutputs);

        float[] validationOutputs = new float[0];
        PreparedSplit validation = job.data().validation();
        if (request.includeValidation() && validation.rows() > 0) {
            validationOutputs = new float[validation.rows() * spec.outputWidth()];
            network.predict(validation.features(), validation.rows(), validationOutputs);
        }

        List<float[]> neurons = new ArrayList<>();
        if (request.includeNeurons()) {
            for (int layer = 0; layer < spec.hidden().size(); layer++) {
                int units = spec.hidden().get(layer).units();
                float[] byRow = new float[cells * units];
                network.hiddenActivations(grid, cells, layer, byRow);
                float[] byNeuron = new float[cells * units];
                for (int cell = 0; cell < cells; cell++) {
                    for (int u = 0; u < units; u++) {
                        byNeuron[u * cells + cell] = byRow[cell * units + u];
                    }
                }
                neurons.add(byNeuron);
            }
        }
        return new PredictionSnapshot(job.runId(), job.step(), job.epoch(), request, xRange[0], xRange[1],
                yRange[0], yRange[1], spec.outputWidth(), gridOutputs, validationOutputs, neurons,
                spec, job.weights());
    }

    private static float[] referenceRow(float[] medians, List<Double> requested) {
        if (requested.isEmpty()) {
            return medians;
        }
        if (requested.size() != medians.length) {
            throw new IllegalArgumentException("the reference row has " + requested.size()
                    + " values; the model has " + medians.length + " inputs");
        }
        float[] row = medians.clone();
        for (int i = 0; i < row.length; i++) {
            double value = requested.get(i);
            if (!Double.isNaN(value)) {
                row[i] = (float) value;
            }
        }
        return row;
    }

    private float[] medians(PreparedSplit train) {
        if (train != medianSource) {
            int width = train.width();
            int rows = train.rows();
            float[] column = new float[rows];
            float[] result = new float[width];
            for (int c = 0; c < width; c++) {
                for (int r = 0; r < rows; r++) {
                    column[r] = train.features()[r * width + c];
                }
                Arrays.sort(column);
                result[c] = rows % 2 == 1 ? column[rows / 2]
                        : (column[rows / 2 - 1] + column[rows / 2]) / 2;
            }
            medians = result;
            medianSource = train;
        }
        return medians;
    }

    private static double[] range(PreparedSplit train, int input, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            int width = train.width();
            for (int r = 0; r < train.rows(); r++) {
                float v = train.features()[r * width + input];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (Double.isNaN(low)) {
                low = min;
            }
            if (Double.isNaN(high)) {
                high = max;
            }
        }
        if (!(high > low)) {
            // decision: a constant input still gets a visible axis one unit either side.
            double centre = low;
            low = centre - 1;
            high = centre + 1;
        }
        return new double[] {low, high};
    }
}
