/**
 * Training a network: the mini-batch loop with its metrics, stop criteria and divergence guard
 * ({@link deepdesk.core.training.Trainer}), the background service that runs, pauses, steps and
 * stops one training at a time and publishes immutable events
 * ({@link deepdesk.core.training.TrainingService}), prediction snapshots for live charts, and the
 * history of every run. No JavaFX.
 */
package deepdesk.core.training;
