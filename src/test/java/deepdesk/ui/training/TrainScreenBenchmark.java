package deepdesk.ui.training;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingConfig;
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
        Dataset dataset = mWorkloadData(4096);
        TrainingService service = new TrainingService();
        List<Long> gaps = new ArrayList<>();
        long[] paints = new long[2];
        long[] samples = new long[1];
        TrainView[] view = new TrainView[1];
        LiveLineChart[] chart = new LiveLineChart[1];
        AnimationTimer[] timer = new AnimationTimer[1];
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            Workbench workbench = new Workbench(Runnable::run, Platform::runLater);
            workbench.preparedProperty().addListener((o, a, prepared) -> {
                if (prepared == null) {
                    return;
                }
                ModelSpec m = ModelSpec.forClassification(prepared.train().width(), 10,
                        List.of(LayerSpec.of(256, Activation.RELU), LayerSpec.of(128, Activation.RELU)));
                workbench.trainingConfigProperty().set(TrainingConfig.defaults(m)
                        .withOptimizer(OptimizerConfig.adam(0.001)).withBatchSize(128)
                        .withMaxEpochs(1_000_000).withEarlyStopping(EarlyStopping.OFF));
                ready.complete(null);
            });
            TrainViewModel model = new TrainViewModel(service, workbench, Runnable::run, Platform::runLater);
            view[0] = new TrainView(model, new SimpleBooleanProperty(false));
            chart[0] = (LiveLineChart) view[0].lookup("#train-loss-chart");
            Stage stage = new Stage();
            stage.setScene(new Scene(view[0], 1400, 900));
            stage.show();
            workbench.open(dataset, deepdesk.core.prep.DatasetRoles.suggest(dataset, "label"));
        });
        ready.get(120, TimeUnit.SECONDS);
        onFx(() -> {
            view[0].model().startTraining();
            return null;
        });
        // let the first epoch's evaluation and the JIT settle before measuring
        waitForEpochs(view[0], 1);
        onFx(() -> {
            paints[0] = chart[0].paintCount();
            timer[0] = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        gaps.add(now - last);
                    }
                    last = now;
                    chart[0].invalidate();
                }
            };
            timer[0].start();
            return null;
        });
        long stepBefore = service.latestSnapshot().step();
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long stepAfter = service.latestSnapshot().step();
        onFx(() -> {
            timer[0].stop();
            paints[1] = chart[0].paintCount();
            samples[0] = chart[0].series().isEmpty() ? 0 : chart[0].series().get(0).size();
            return null;
        });
        service.awaitShutdown(10, TimeUnit.SECONDS);
        double[] ms = gaps.stream().mapToDouble(g -> g / 1e6).toArray();
        long over50 = Arrays.stream(ms).filter(g -> g > 50).count();
        double repaintsPerSecond = (paints[1] - paints[0]) / elapsed;
        System.out.printf(Locale.ROOT, "FX thread while M trains (%d s, %d frames): max frame gap %.1f ms, p99 %.1f ms,"
                        + " median %.1f ms, gaps over 50 ms: %d -> %.2f of the 50 ms budget%n",
                Math.round(elapsed), ms.length, max(ms), percentile(ms, 99), median(ms), over50, max(ms) / 50);
        System.out.printf(Locale.ROOT, "loss chart repaints while training: %.1f per second -> %.2f of the 30 fps"
                + " floor (higher is better); training ran at %,.0f samples/s (%d epochs drawn)%n",
                repaintsPerSecond, repaintsPerSecond / 30, (stepAfter - stepBefore) * 128 / elapsed, samples[0]);
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
    private static Dataset mWorkloadData(int rows) {
        Random random = new Random(42);
        List<Column> columns = new ArrayList<>();
        double[][] features = new double[784][rows];
        for (double[] column : features) {
            for (int r = 0; r < rows; r++) {
                column[r] = random.nextGaussian();
            }
        }
        double[][] weights = new double[10][784];
        for (double[] w : weights) {
            for (int i = 0; i < w.length; i++) {
                w[i] = random.nextGaussian();
            }
        }
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 10; k++) {
                double score = 0;
                for (int i = 0; i < 784; i++) {
                    score += weights[k][i] * features[i][r];
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            labels[r] = best;
        }
        for (int i = 0; i < 784; i++) {
            columns.add(new NumericColumn("px" + i, ColumnType.NUMERIC, features[i]));
        }
        List<String> levels = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            levels.add("c" + k);
        }
        columns.add(new CategoricalColumn("label", ColumnType.CATEGORICAL, labels, levels));
        return new Dataset("m-workload", columns);
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
