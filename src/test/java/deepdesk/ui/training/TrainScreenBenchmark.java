package deepdesk.ui.training;

import deepdesk.core.data.Dataset;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingService;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.LiveLineChart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The Train screen's responsiveness figures, printed as ratios to their budgets (below 1 is
 * within budget). Not a test: run it on its own, ideally under a real display:
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s '-screen 0 1400x900x24' java -Dprism.order=sw \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     deepdesk.ui.training.TrainScreenBenchmark [seconds]
 * </pre>
 *
 * <ul>
 *   <li>decision surface: a 100x100 grid through a 2-16-16-1 network (budget 10 ms);</li>
 *   <li>loss chart: a repaint with two series of 100,000 points each (budget 16 ms);</li>
 *   <li>FX thread: frame gaps of an {@code AnimationTimer} while the Train screen shows a run of
 *       the M workload (784-256-128-10 ReLU, softmax cross-entropy, Adam, batch 128) training
 *       at full speed, with the loss chart forced to repaint every frame (budgets: no gap over
 *       50 ms, at least 30 chart repaints a second).</li>
 * </ul>
 */
public final class TrainScreenBenchmark {

    private TrainScreenBenchmark() {
    }

    /**
     * Runs the three measurements.
     *
     * @param args optionally the seconds to watch the FX thread (default 20)
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        surface();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        chartPaint();
        fxThreadWhileTraining(seconds);
        Platform.exit();
        System.exit(0);
    }

    private static void surface() {
        ModelSpec spec = ModelSpec.forClassification(2, 2,
                List.of(LayerSpec.of(16, Activation.TANH), LayerSpec.of(16, Activation.TANH)));
        Network network = Network.create(spec, BackendKind.JAVA, 256, 1);
        int resolution = 100;
        float[] grid = new float[resolution * resolution * 2];
        for (int iy = 0; iy < resolution; iy++) {
            for (int ix = 0; ix < resolution; ix++) {
                grid[(iy * resolution + ix) * 2] = -3 + 6f * ix / (resolution - 1);
                grid[(iy * resolution + ix) * 2 + 1] = -3 + 6f * iy / (resolution - 1);
            }
        }
        float[] out = new float[resolution * resolution];
        float[] hidden = new float[resolution * resolution * 16];
        double[] cold = new double[1];
        double[] outputOnly = new double[300];
        double[] withNeurons = new double[300];
        for (int i = 0; i < 300; i++) {
            long t0 = System.nanoTime();
            network.predict(grid, resolution * resolution, out);
            long t1 = System.nanoTime();
            network.hiddenActivations(grid, resolution * resolution, 0, hidden);
            network.hiddenActivations(grid, resolution * resolution, 1, hidden);
            long t2 = System.nanoTime();
            if (i == 0) {
                cold[0] = (t1 - t0) / 1e6;
            }
            outputOnly[i] = (t1 - t0) / 1e6;
            withNeurons[i] = (t2 - t0) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(outputOnly, 100, 300);
        double[] warmNeurons = Arrays.copyOfRange(withNeurons, 100, 300);
        System.out.printf(Locale.ROOT, "surface 100x100, 2-16-16-1: cold %.2f ms; warm median %.3f ms, p95 %.3f ms"
                        + " -> %.3f of the 10 ms budget; with both hidden layers' activations median %.3f ms%n",
                cold[0], median(warm), percentile(warm, 95), median(warm) / 10, median(warmNeurons));
    }

    private static void chartPaint() throws Exception {
        double[] result = onFx(() -> {
            LiveLineChart chart = new LiveLineChart();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(chart), 800, 400));
            stage.show();
            Random random = new Random(1);
            for (String name : List.of("train", "validation")) {
                ChartSeries s = chart.addSeries(name, name.equals("train") ? Color.web("#0877BD") : Color.web("#E8710A"));
                s.setSmoothed(true);
                double[] xs = new double[100_000];
                double[] ys = new double[100_000];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = i + 1;
                    ys[i] = 1.0 / Math.sqrt(i + 1) + 0.05 * random.nextGaussian();
                }
                s.addAll(xs, ys);
            }
            chart.layout();
            double[] paints = new double[60];
            for (int i = 0; i < paints.length; i++) {
                chart.invalidate();
                chart.layout();
                chart.paintIfNeeded();
                paints[i] = chart.lastPaintNanos() / 1e6;
            }
            stage.close();
            return Arrays.copyOfRange(paints, 10, paints.length);
        });
        System.out.printf(Locale.ROOT, "loss chart, 2 x 100,000 points (smoothed): median paint %.2f ms, max %.2f ms"
                + " -> %.2f of the 16 ms budget%n", median(result), max(result), median(result) / 16);
    }

    private static void fxThreadWhileTraining(int seconds) throws Exception {
        TrainingData mData = mWorkloadData(8192);
        ModelSpec m = ModelSpec.forClassification(784, 10,
                List.of(LayerSpec.of(256, Activation.RELU), LayerSpec.of(128, Activation.RELU)));
        TrainingConfig mConfig = TrainingConfig.defaults(m).withOptimizer(OptimizerConfig.adam(0.001))
                .withBatchSize(128).withMaxEpochs(1_000_000).withEarlyStopping(EarlyStopping.OFF);
        TrainingService service = new TrainingService();
        TrainView[] view = new TrainView[1];
        LiveLineChart[] chart = new LiveLineChart[1];
        onFx(() -> {
            // decision: the screen is opened on a small dataset and the M run is started on the
            // service directly; the screen follows whatever run the service trains.
            Dataset spiral = TrainingFixtures.spiral(200);
            Workbench workbench = TrainingFixtures.workbenchWith(spiral, "label");
            TrainViewModel model = new TrainViewModel(service, workbench, Runnable::run, Platform::runLater);
            view[0] = new TrainView(model, new SimpleBooleanProperty(false));
            Stage stage = new Stage();
            stage.setScene(new Scene(view[0], 1400, 900));
            stage.show();
            // the split pane's skin, which holds the charts, exists once the stage shows
            chart[0] = (LiveLineChart) view[0].lookup("#train-loss-chart");
            return null;
        });
        FrameLog idle = FrameLog.record(chart[0], Math.max(3, seconds / 3));
        service.start(mData, mConfig).get(60, TimeUnit.SECONDS);
        // let the first epoch's evaluation and the JIT settle before measuring
        waitForEpochs(view[0], 1);
        long stepBefore = service.latestSnapshot().step();
        FrameLog busy = FrameLog.record(chart[0], seconds);
        long stepAfter = service.latestSnapshot().step();
        service.awaitShutdown(10, TimeUnit.SECONDS);
        System.out.println("FX thread, Train screen shown, loss chart forced to repaint every frame:");
        idle.print("  baseline, no training");
        busy.print("  while M trains       ");
        System.out.printf(Locale.ROOT, "  ratios training/baseline: max gap %.2f, p99 gap %.2f, repaints/s %.2f;"
                        + " budget ratios while training: max gap %.2f of 50 ms, repaints %.2f of 30/s;"
                        + " training ran at %,.0f samples/s%n",
                busy.maxGap() / idle.maxGap(), busy.p99() / idle.p99(), busy.repaintsPerSecond() / idle.repaintsPerSecond(),
                busy.maxGap() / 50, busy.repaintsPerSecond() / 30,
                (stepAfter - stepBefore) * 128 / busy.seconds());
    }

    /** Frame gaps of an animation timer and chart repaints over a few seconds. */
    private record FrameLog(double[] gapsMillis, double seconds, long repaints) {

        static FrameLog record(LiveLineChart chart, int seconds) throws Exception {
            List<Long> gaps = new ArrayList<>();
            long[] paints = new long[2];
            AnimationTimer[] timer = new AnimationTimer[1];
            onFx(() -> {
                paints[0] = chart.paintCount();
                timer[0] = new AnimationTimer() {
                    private long last;

                    @Override
                    public void handle(long now) {
                        if (last != 0) {
                            gaps.add(now - last);
                        }
                        last = now;
                        chart.invalidate();
                    }
                };
                timer[0].start();
                return null;
            });
            long start = System.nanoTime();
            TimeUnit.SECONDS.sleep(seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double[] ms = onFx(() -> {
                timer[0].stop();
                paints[1] = chart.paintCount();
                return gaps.stream().mapToDouble(g -> g / 1e6).toArray();
            });
            return new FrameLog(ms, elapsed, paints[1] - paints[0]);
        }

        double maxGap() {
            return max(gapsMillis);
        }

        double p99() {
            return percentile(gapsMillis, 99);
        }

        double repaintsPerSecond() {
            return repaints / seconds;
        }

        void print(String label) {
            long over50 = Arrays.stream(gapsMillis).filter(g -> g > 50).count();
            System.out.printf(Locale.ROOT, "%s: %d frames in %.0f s, max gap %.1f ms, p99 %.1f ms, median %.1f ms,"
                            + " gaps over 50 ms: %d; chart repaints %.1f/s%n", label, gapsMillis.length, seconds,
                    maxGap(), p99(), median(gapsMillis), over50, repaintsPerSecond());
        }
    }

    private static void waitForEpochs(TrainView view, int epochs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (onFx(() -> view.model().epochProperty().get()) < epochs) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("training never completed an epoch");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** Random 784-feature rows whose class follows a random linear map, like the bench's M workload. */
    private static TrainingData mWorkloadData(int rows) {
        Random random = new Random(42);
        float[][] weights = new float[10][784];
        for (float[] w : weights) {
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextGaussian();
            }
        }
        float[] features = new float[rows * 784];
        int[] labels = new int[rows];
        float[] targets = new float[rows];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < 784; i++) {
                features[r * 784 + i] = (float) random.nextGaussian();
            }
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 10; k++) {
                double score = 0;
                for (int i = 0; i < 784; i++) {
                    score += weights[k][i] * features[r * 784 + i];
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            labels[r] = best;
            targets[r] = best;
        }
        int trainRows = rows * 7 / 8;
        PreparedSplit train = new PreparedSplit(Arrays.copyOf(features, trainRows * 784), trainRows, 784,
                Arrays.copyOf(targets, trainRows), 1, Arrays.copyOf(labels, trainRows), 10);
        int validationRows = rows - trainRows;
        PreparedSplit validation = new PreparedSplit(Arrays.copyOfRange(features, trainRows * 784, rows * 784),
                validationRows, 784, Arrays.copyOfRange(targets, trainRows, rows), 1,
                Arrays.copyOfRange(labels, trainRows, rows), 10);
        return new TrainingData(train, validation);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> future = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                future.complete(work.call());
            } catch (Exception e) {
                future.completeExceptionally(e);
            }
        });
        return future.get(120, TimeUnit.SECONDS);
    }

    private static double median(double[] values) {
        return percentile(values, 50);
    }

    private static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
