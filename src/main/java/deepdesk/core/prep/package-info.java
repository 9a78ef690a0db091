/**
 * Turning a {@link deepdesk.core.data.Dataset} into numbers a network can learn from: column
 * roles, the task, the train/validation/test split and a preparation pipeline (impute, scale,
 * one-hot, derived features) fitted on the training split only. No JavaFX.
 */
package deepdesk.core.prep;
