package deepdesk.core.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classification metrics on some rows. A row's predicted class is the one with the highest
 * probability (the first on a tie).
 *
 * <p>Threading: immutable.
 *
 * @param classNames       the class of each index
 * @param rows             the number of rows evaluated
 * @param accuracy         the share of rows whose predicted class is right
 * @param balancedAccuracy the mean recall over the classes that occur in the rows
 * @param logLoss          the mean of {@code -ln p}, where {@code p} is the probability given to
 *                         the true class, clipped to {@code [1e-15, 1 - 1e-15]}
 * @param perClass         precision, recall and F1 per class, in class order
 * @param macroAverage     the unweighted mean over the classes
 * @param weightedAverage  the mean over the classes weighted by their support
 * @param confusion        the confusion matrix
 * @param roc              one ROC curve per class, one-vs-rest (for two classes the second is
 *                         the usual binary curve)
 * @param calibration      one calibration curve per class, one-vs-rest
 */
public record ClassificationEvaluation(List<String> classNames, int rows, double accuracy,
                                       double balancedAccuracy, double logLoss,
                                       List<ClassMetrics> perClass, AveragedMetrics macroAverage,
                                       AveragedMetrics weightedAverage, ConfusionMatrix confusion,
                                       List<RocCurve> roc, List<CalibrationCurve> calibration)
        implements Evaluation {

    /** Copies the lists. */
    public ClassificationEvaluation {
        classNames = List.copyOf(classNames);
        perClass = List.copyOf(perClass);
        roc = List.copyOf(roc);
        calibration = List.copyOf(calibration);
    }

    /**
     * The area under the ROC curve: for two classes that of the second class; for more, the
     * unweighted mean of the one-vs-rest areas that are defined. NaN when none is.
     */
    @JsonIgnore
    public double auc() {
        if (roc.size() == 2) {
            return roc.get(1).auc();
        }
        double sum = 0;
        int defined = 0;
        for (RocCurve curve : roc) {
            if (!Double.isNaN(curve.auc())) {
                sum += curve.auc();
                defined++;
            }
        }
        return defined == 0 ? Double.NaN : sum / defined;
    }

    @Override
    public Map<String, Double> headline() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("accuracy", accuracy);
        out.put("balancedAccuracy", balancedAccuracy);
        out.put("logLoss", logLoss);
        out.put("macroF1", macroAverage.f1());
        out.put("auc", auc());
        return out;
    }
}
