package deepdesk.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks at a run's numbers and says, in plain words, what is going wrong and what to try:
 * divergence, a learning rate too low, unscaled inputs, dead ReLUs, overfitting and a plateau.
 *
 * <p>Threading: stateless and immutable; call from any thread.
 */
public final class TrainingDoctor {

    /** Epochs that must pass before a flat or stuck loss counts as a finding. */
    static final int PATIENCE_EPOCHS = 10;
    /** A prepared input whose mean or spread is beyond this many units is called unscaled. */
    static final double UNSCALED_LIMIT = 5;
    /** The share of dead ReLU units from which the doctor speaks up. */
    static final double DEAD_SHARE = 0.4;
    /** How many times its lowest value the loss must grow to count as exploding. */
    static final double EXPLOSION_FACTOR = 10;

    /** The findings for a run, most severe first; empty when nothing looks wrong. */
    public List<DoctorFinding> examine(DoctorEvidence evidence) {
        List<DoctorFinding> findings = new ArrayList<>();
        double[] train = evidence.trainLoss();
        double[] validation = evidence.validationLoss();
        double[] watched = validation.length > 0 ? validation : train;
        boolean divergence = divergence(evidence, train, findings);
        unscaledInputs(evidence, findings);
        if (!divergence && train.length >= PATIENCE_EPOCHS) {
            boolean flat = learningRateTooLow(evidence, train, findings);
            boolean overfitting = overfitting(train, validation, findings);
            if (!flat && !overfitting) {
                plateau(watched, validation.length > 0, findings);
            }
        }
        deadRelus(evidence, findings);
        return findings;
    }

    private static boolean divergence(DoctorEvidence evidence, double[] train,
                                      List<DoctorFinding> findings) {
        boolean nonFinite = false;
        double lowest = Double.POSITIVE_INFINITY;
        for (double loss : train) {
            if (!Double.isFinite(loss)) {
                nonFinite = true;
            } else {
                lowest = Math.min(lowest, loss);
            }
        }
        double last = train.length == 0 ? Double.NaN : train[train.length - 1];
        boolean exploding = train.length >= 2 && Double.isFinite(last) && lowest > 0
                && last > EXPLOSION_FACTOR * lowest;
        if (!evidence.diverged() && !nonFinite && !exploding) {
            return false;
        }
        String what = evidence.diverged() || nonFinite
                ? "The loss became NaN or infinite, so training stopped and the last good weights were kept."
                : String.format(Locale.ROOT, "The loss grew to %s, more than %.0f times its lowest value (%s).",
                        number(last), EXPLOSION_FACTOR, number(lowest));
        findings.add(new DoctorFinding(DoctorFinding.Kind.DIVERGENCE, "Training diverged",
                what + " The steps are too big: try a learning rate ten times smaller (about "
                        + number(evidence.learningRate() / 10) + "), or turn on gradient clipping."));
        return true;
    }

    private static boolean learningRateTooLow(DoctorEvidence evidence, double[] train,
                                              List<DoctorFinding> findings) {
        double first = train[0];
        double last = train[train.length - 1];
        if (!(first > 0) || (first - last) / first >= 0.01) {
            return false;
        }
        findings.add(new DoctorFinding(DoctorFinding.Kind.LEARNING_RATE_TOO_LOW, "The loss is flat",
                String.format(Locale.ROOT, "After %d epochs the training loss fell by less than 1%% (%s to %s). "
                                + "The learning rate (%s) is probably too low: try ten times higher, or use the "
                                + "learning-rate finder.",
                        train.length, number(first), number(last), number(evidence.learningRate()))));
        return true;
    }

    private static boolean overfitting(double[] train, double[] validation, List<DoctorFinding> findings) {
        if (validation.length < PATIENCE_EPOCHS || validation.length != train.length) {
            return false;
        }
        int best = 0;
        for (int i = 1; i < validation.length; i++) {
            if (validation[i] < validation[best]) {
                best = i;
            }
        }
        int last = validation.length - 1;
        // decision: compare the mean of the last few epochs, not the last one, so that noise in
        // a well-fitted curve does not read as overfitting.
        int recent = Math.min(5, validation.length);
        double validationNow = mean(validation, validation.length - recent, validation.length);
        double trainNow = mean(train, train.length - recent, train.length);
        boolean sinceLongEnough = last - best >= PATIENCE_EPOCHS / 2;
        boolean validationRose = validationNow > validation[best] * 1.1;
        boolean trainStillFalling = trainNow < train[best];
        double gapAtBest = validation[best] - train[best];
        double gapNow = validationNow - trainNow;
        boolean gapGrew = gapNow > Math.max(gapAtBest, 0) * 1.5 && gapNow > 0;
        if (!(sinceLongEnough && validationRose && trainStillFalling && gapGrew)) {
            return false;
        }
        findings.add(new DoctorFinding(DoctorFinding.Kind.OVERFITTING, "Overfitting",
                String.format(Locale.ROOT, "The validation loss was lowest at epoch %d (%s) and has risen to %s "
                                + "while the training loss keeps falling: the model is memorising the training rows. "
                                + "Try early stopping, L2 regularisation, dropout, input noise or a smaller network.",
                        best + 1, number(validation[best]), number(validation[last]))));
        return true;
    }

    private static void plateau(double[] watched, boolean isValidation, List<DoctorFinding> findings) {
        int n = watched.length;
        double before = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n - PATIENCE_EPOCHS; i++) {
            before = Math.min(before, watched[i]);
        }
        double recent = Double.POSITIVE_INFINITY;
        for (int i = Math.max(0, n - PATIENCE_EPOCHS); i < n; i++) {
            recent = Math.min(recent, watched[i]);
        }
        if (!Double.isFinite(before) || !(before > 1e-6)) {
            return;
        }
        if ((before - recent) / before < 0.001) {
            findings.add(new DoctorFinding(DoctorFinding.Kind.PLATEAU, "The loss has stopped improving",
                    String.format(Locale.ROOT, "The %s loss has not improved in the last %d epochs (best %s). "
                                    + "Training longer will not help much: lower the learning rate (or use a "
                                    + "schedule), or give the network more capacity.",
                            isValidation ? "validation" : "training", PATIENCE_EPOCHS, number(recent))));
        }
    }

    private static void unscaledInputs(DoctorEvidence evidence, List<DoctorFinding> findings) {
        List<String> offenders = new ArrayList<>();
        double[] means = evidence.inputMeans();
        double[] spreads = evidence.inputSpreads();
        for (int i = 0; i < means.length; i++) {
            if (Math.abs(means[i]) > UNSCALED_LIMIT || spreads[i] > UNSCALED_LIMIT) {
                offenders.add(i < evidence.inputNames().size() ? evidence.inputNames().get(i) : "input " + (i + 1));
            }
        }
        if (offenders.isEmpty()) {
            return;
        }
        String names = offenders.size() <= 3 ? String.join(", ", offenders)
                : String.join(", ", offenders.subList(0, 3)) + " and " + (offenders.size() - 3) + " more";
        findings.add(new DoctorFinding(DoctorFinding.Kind.UNSCALED_INPUTS, "Inputs are not scaled",
                names + (offenders.size() == 1 ? " is" : " are") + " far from mean 0 and spread 1. Large inputs "
                        + "make some weights learn much faster than others. Turn on standardisation on the Data "
                        + "screen."));
    }

    private static void deadRelus(DoctorEvidence evidence, List<DoctorFinding> findings) {
        int units = evidence.reluUnits();
        if (units == 0) {
            return;
        }
        double share = (double) evidence.deadReluUnits() / units;
        if (share >= DEAD_SHARE) {
            findings.add(new DoctorFinding(DoctorFinding.Kind.DEAD_RELUS, "Dead ReLU units",
                    String.format(Locale.ROOT, "%d of %d ReLU units (%.0f%%) never switch on: they output 0 for "
                                    + "every input shown, so they stop learning. Try a lower learning rate, Leaky ReLU "
                                    + "or ELU, or He initialisation.",
                            evidence.deadReluUnits(), units, share * 100)));
        }
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
