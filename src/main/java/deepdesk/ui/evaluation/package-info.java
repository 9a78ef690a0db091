/**
 * The Evaluate screen: test metrics and plots of a trained model, and the tools beside them:
 * predicting a file of new rows checked against the training schema, the what-if form, and
 * k-fold cross-validation of the current configuration.
 */
package deepdesk.ui.evaluation;
