/**
 * A real Spark standalone cluster on loopback for tests: Spark's own Master and Workers started as
 * separate JVMs from the test class path, the application's classes shipped to the executors as a
 * jar, and the tests that train on that cluster and lose a worker mid-run.
 */
package deepdesk.core.spark.cluster;
