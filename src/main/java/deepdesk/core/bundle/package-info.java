/**
 * The model bundle ({@code *.ddmodel}): a zip of a manifest with a SHA-256 per entry, the model
 * spec, the fitted preparation pipeline, the raw input schema, the weights and the evaluation
 * metrics, written atomically and verified on reading; the {@link deepdesk.core.bundle.Predictor}
 * that turns raw rows into predictions, also for a whole CSV file checked against the schema
 * ({@link deepdesk.core.bundle.FilePrediction}); and the exports that let a model leave DeepDesk: ONNX and
 * generated Java and Python inference code. No JavaFX.
 */
package deepdesk.core.bundle;
