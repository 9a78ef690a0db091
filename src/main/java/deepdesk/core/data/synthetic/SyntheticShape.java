package deepdesk.core.data.synthetic;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;

import java.util.List;
import java.util.Random;

/**
 * TensorFlow Playground's two-dimensional datasets, generated as Playground defines them:
 * points in about -6..6 on columns {@code x1} and {@code x2}, and either a class column
 * {@code label} ({@code negative} / {@code positive}) or a number column {@code y} in about
 * -1..1 (the plane reaches ±1.2 in its corners).
 *
 * <p>Noise follows Playground too: for most shapes each point's label is decided at a position
 * shifted by a uniform offset of up to {@code noise} times the shape's radius, so that labels near
 * a boundary flip; for two Gaussians the noise widens the clusters, and for the spiral it moves
 * the points themselves.
 *
 * <p>Threading: immutable; {@link #generate} may be called from any thread.
 */
public enum SyntheticShape {

    /** A disc of one class inside a ring of the other. */
    CIRCLE("Circle", true),
    /** Four quadrants, the sign of x1·x2 deciding the class. */
    XOR("Exclusive or", true),
    /** Two Gaussian clusters, one per class. */
    TWO_GAUSSIANS("Two Gaussians", true),
    /** Two interleaved spirals, one per class. */
    SPIRAL("Spiral", true),
    /** A tilted plane: y grows with x1 + x2. */
    PLANE("Plane", false),
    /** Six Gaussian bumps, alternately positive and negative. */
    MULTI_GAUSSIAN("Multiple Gaussians", false);

    /** The name of the class column. */
    public static final String LABEL = "label";
    /** The name of the regression target column. */
    public static final String TARGET = "y";
    /** The class of label -1 in Playground. */
    public static final String NEGATIVE = "negative";
    /** The class of label +1 in Playground. */
    public static final String POSITIVE = "positive";

    private static final double RADIUS = 6;
    private static final double CIRCLE_RADIUS = 5;
    private static final double XOR_HALF_WIDTH = 5;
    private static final double XOR_PADDING = 0.3;
    private static final double[][] BUMPS = {
            {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};

    private final String title;
    private final boolean classification;

    SyntheticShape(String title, boolean classification) {
        this.title = title;
        this.classification = classification;
    }

    /** A short title for menus. */
    public String title() {
        return title;
    }

    /** Whether the dataset has a class column ({@code label}) rather than a number ({@code y}). */
    public boolean isClassification() {
        return classification;
    }

    /** The name of the column to predict: {@code label} or {@code y}. */
    public String target() {
        return classification ? LABEL : TARGET;
    }

    /** Generates the dataset; the same settings give the same points. */
    public Dataset generate(SyntheticSettings settings) {
        Points points = new Points(settings.points());
        Random random = new Random(settings.seed());
        double noise = settings.noise();
        switch (this) {
            case CIRCLE -> circle(points, random, noise);
            case XOR -> xor(points, random, noise);
            case TWO_GAUSSIANS -> twoGaussians(points, random, noise);
            case SPIRAL -> spiral(points, random, noise);
            case PLANE -> plane(points, random, noise);
            case MULTI_GAUSSIAN -> multiGaussian(points, random, noise);
        }
        return points.toDataset(title, classification);
    }

    private static void circle(Points points, Random random, double noise) {
        double inner = CIRCLE_RADIUS * 0.5;
        int positives = (points.size() + 1) / 2;
        for (int i = 0; i < points.size(); i++) {
            boolean inside = i < positives;
            double r = inside ? uniform(random, 0, inner)
                    : uniform(random, CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS);
            double angle = uniform(random, 0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            double noiseX = uniform(random, -CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
            double noiseY = uniform(random, -CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
            points.add(x, y, Math.hypot(x + noiseX, y + noiseY) < inner ? 1 : -1);
        }
    }

    private static void xor(Points points, Random random, double noise) {
        for (int i = 0; i < points.size(); i++) {
            double x = uniform(random, -XOR_HALF_WIDTH, XOR_HALF_WIDTH);
            x += x > 0 ? XOR_PADDING : -XOR_PADDING;
            double y = uniform(random, -XOR_HALF_WIDTH, XOR_HALF_WIDTH);
            y += y > 0 ? XOR_PADDING : -XOR_PADDING;
            double noiseX = uniform(random, -XOR_HALF_WIDTH, XOR_HALF_WIDTH) * noise;
            double noiseY = uniform(random, -XOR_HALF_WIDTH, XOR_HALF_WIDTH) * noise;
            points.add(x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1 : -1);
        }
    }

    private static void twoGaussians(Points points, Random random, double noise) {
        // Playground maps noise 0..0.5 linearly onto a variance of 0.5..4
        double std = Math.sqrt(0.5 + noise * 7);
        int positives = (points.size() + 1) / 2;
        for (int i = 0; i < points.size(); i++) {
            double center = i < positives ? 2 : -2;
            double x = center + random.nextGaussian() * std;
            double y = center + random.nextGaussian() * std;
            points.add(x, y, i < positives ? 1 : -1);
        }
    }

    private static void spiral(Points points, Random random, double noise) {
        int positives = (points.size() + 1) / 2;
        for (int i = 0; i < points.size(); i++) {
            boolean positive = i < positives;
            int n = positive ? positives : points.size() - positives;
            int k = positive ? i : i - positives;
            double r = (double) k / n * 5;
            double t = 1.75 * k / n * 2 * Math.PI + (positive ? 0 : Math.PI);
            double x = r * Math.sin(t) + uniform(random, -1, 1) * noise;
            double y = r * Math.cos(t) + uniform(random, -1, 1) * noise;
            points.add(x, y, positive ? 1 : -1);
        }
    }

    private static void plane(Points points, Random random, double noise) {
        for (int i = 0; i < points.size(); i++) {
            double x = uniform(random, -RADIUS, RADIUS);
            double y = uniform(random, -RADIUS, RADIUS);
            double noiseX = uniform(random, -RADIUS, RADIUS) * noise;
            double noiseY = uniform(random, -RADIUS, RADIUS) * noise;
            // Playground maps x + y from -10..10 onto -1..1
            points.add(x, y, (x + noiseX + y + noiseY) / 10);
        }
    }

    private static void multiGaussian(Points points, Random random, double noise) {
        for (int i = 0; i < points.size(); i++) {
            double x = uniform(random, -RADIUS, RADIUS);
            double y = uniform(random, -RADIUS, RADIUS);
            double noiseX = uniform(random, -RADIUS, RADIUS) * noise;
            double noiseY = uniform(random, -RADIUS, RADIUS) * noise;
            points.add(x, y, bumps(x + noiseX, y + noiseY));
        }
    }

    /** The signed height of the tallest bump at (x, y): 1 at a centre, 0 from distance 2 on. */
    private static double bumps(double x, double y) {
        double value = 0;
        for (double[] bump : BUMPS) {
            double height = Math.max(0, 1 - Math.hypot(x - bump[0], y - bump[1]) / 2);
            double signed = bump[2] * height;
            if (Math.abs(signed) > Math.abs(value)) {
                value = signed;
            }
        }
        return value;
    }

    private static double uniform(Random random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /** The points being generated, stored in primitive arrays. */
    private static final class Points {
        private final double[] x1;
        private final double[] x2;
        private final double[] value;
        private int count;

        Points(int size) {
            x1 = new double[size];
            x2 = new double[size];
            value = new double[size];
        }

        int size() {
            return x1.length;
        }

        void add(double x, double y, double v) {
            x1[count] = x;
            x2[count] = y;
            value[count] = v;
            count++;
        }

        Dataset toDataset(String name, boolean classification) {
            Column target;
            if (classification) {
                int[] codes = new int[value.length];
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = value[i] > 0 ? 1 : 0;
                }
                target = new CategoricalColumn(LABEL, ColumnType.CATEGORICAL, codes,
                        List.of(NEGATIVE, POSITIVE));
            } else {
                target = new NumericColumn(TARGET, ColumnType.NUMERIC, value);
            }
            return new Dataset(name, List.of(new NumericColumn("x1", ColumnType.NUMERIC, x1),
                    new NumericColumn("x2", ColumnType.NUMERIC, x2), target));
        }
    }
}
