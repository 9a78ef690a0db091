/**
 * Training on Apache Spark: the only package that names Spark classes. It reads a CSV file with
 * Spark, fits DeepDesk's own preparation pipeline with distributed aggregates, keeps the prepared
 * rows as float blocks in the executors' memory, and trains with the engine's own network code
 * and {@link deepdesk.core.training.UpdateStep}, either by synchronous gradient aggregation or by
 * parameter averaging. The rest of DeepDesk reaches it only through
 * {@link deepdesk.core.distributed.DistributedTraining}, found by {@link java.util.ServiceLoader}.
 */
package deepdesk.core.spark;
