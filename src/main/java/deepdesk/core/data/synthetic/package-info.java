/**
 * Synthetic datasets for teaching and experiments: TensorFlow Playground's two-dimensional
 * classification and regression sets and a one-dimensional line for the linear-regression
 * lesson. Every generator is seeded: the same settings give the same points. No JavaFX.
 */
package deepdesk.core.data.synthetic;
