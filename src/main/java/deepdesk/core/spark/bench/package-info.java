/**
 * The Spark throughput benchmark behind {@code bench-spark}: rows per second of both cluster
 * training modes at one and two partitions against the local trainer on the same generated data,
 * measured in the same run. A benchmark, not a test.
 */
package deepdesk.core.spark.bench;
