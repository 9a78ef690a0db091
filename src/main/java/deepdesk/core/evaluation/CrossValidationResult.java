package deepdesk.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a k-fold cross-validation found: each fold's evaluation on its held-out rows, and the
 * mean and standard deviation of every headline metric over the folds.
 *
 * <p>Threading: immutable (the row arrays are copied in and out).
 *
 * @param folds   the evaluation of each fold on the rows it held out, in fold order
 * @param heldOut per fold, the dataset row indices it held out, ascending
 */
public record CrossValidationResult(List<Evaluation> folds, List<int[]> heldOut) {

    /** Checks the sizes and copies. */
    public CrossValidationResult {
        if (folds.size() != heldOut.size()) {
            throw new IllegalArgumentException(folds.size() + " evaluations for "
                    + heldOut.size() + " folds");
        }
        folds = List.copyOf(folds);
        List<int[]> copies = new ArrayList<>();
        for (int[] rows : heldOut) {
            copies.add(rows.clone());
        }
        heldOut = List.copyOf(copies);
    }

    @Override
    public List<int[]> heldOut() {
        List<int[]> copies = new ArrayList<>();
        for (int[] rows : heldOut) {
            copies.add(rows.clone());
        }
        return copies;
    }

    /** The number of folds, k. */
    public int foldCount() {
        return folds.size();
    }

    /**
     * Per headline metric (in the evaluations' display order), its mean and sample standard
     * deviation over the folds where it is defined.
     */
    public Map<String, MeanStd> summary() {
        Map<String, MeanStd> out = new LinkedHashMap<>();
        if (folds.isEmpty()) {
            return out;
        }
        for (String metric : folds.get(0).headline().keySet()) {
            List<Double> values = new ArrayList<>();
            for (Evaluation fold : folds) {
                Double v = fold.headline().get(metric);
                if (v != null && !Double.isNaN(v)) {
                    values.add(v);
                }
            }
            out.put(metric, MeanStd.of(values));
        }
        return out;
    }

    /**
     * A metric over the folds.
     *
     * <p>Threading: immutable.
     *
     * @param mean  the mean over the folds where it is defined; NaN when it is defined in none
     * @param std   the sample standard deviation (divided by n - 1); NaN for fewer than two values
     * @param count how many folds define it
     */
    public record MeanStd(double mean, double std, int count) {

        /** The mean and sample standard deviation of {@code values}. */
        public static MeanStd of(List<Double> values) {
            int n = values.size();
            if (n == 0) {
                return new MeanStd(Double.NaN, Double.NaN, 0);
            }
            double mean = 0;
            for (double v : values) {
                mean += v;
            }
            mean /= n;
            if (n < 2) {
                return new MeanStd(mean, Double.NaN, n);
            }
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            return new MeanStd(mean, Math.sqrt(squares / (n - 1)), n);
        }
    }
}
