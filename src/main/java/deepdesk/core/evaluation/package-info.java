/**
 * Judging a trained model on held-out rows: classification metrics (accuracy, balanced
 * accuracy, log loss, per-class precision/recall/F1, confusion matrix, ROC curves, calibration)
 * and regression metrics (MSE, RMSE, MAE, R², MAPE, residuals), computed by
 * {@link deepdesk.core.evaluation.Evaluator} from a split's predictions made once
 * ({@link deepdesk.core.evaluation.SplitPredictions}); and k-fold cross-validation of a
 * configuration ({@link deepdesk.core.evaluation.CrossValidation}). Results are immutable and
 * serialise to JSON. No JavaFX.
 */
package deepdesk.core.evaluation;
