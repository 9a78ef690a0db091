/** The Evaluate screen: test metrics and plots of a trained model. */
package deepdesk.ui.evaluation;
