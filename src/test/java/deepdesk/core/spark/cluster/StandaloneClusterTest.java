package deepdesk.core.spark.cluster;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness itself: a master and two workers come up, run a job on both, and go away. */
@Tag("cluster")
class StandaloneClusterTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void runsAJobOnBothWorkersShipsTheAppJarAndEndsEveryProcess() throws Exception {
        Path root = ClusterFolders.fresh("harness");
        List<ProcessHandle> processes;
        try (StandaloneCluster cluster = StandaloneCluster.start(root, 2, 1, "768m")) {
            Path appJar = cluster.classPath().writeAppJar(root.resolve("deepdesk-app.jar"));
            SparkSession.Builder builder = SparkSession.builder().appName("harness");
            for (Map.Entry<String, String> setting : cluster.driverSettings(appJar, 2, "512m").entrySet()) {
                builder.config(setting.getKey(), setting.getValue());
            }
            SparkSession spark = builder.getOrCreate();
            try {
                Row sum = spark.range(0, 100_000, 1, 8).selectExpr("sum(id)", "count(*)")
                        .first();
                assertEquals(4_999_950_000L, sum.getLong(0));
                assertEquals(100_000L, sum.getLong(1));
                assertEquals(3, spark.sparkContext().statusTracker().getExecutorInfos().length,
                        "the driver and one executor on each worker");
            } finally {
                spark.stop();
            }
            assertTrue(shippedJarCount(root) >= 1, "an executor fetched the application jar");
            assertEquals(2, cluster.aliveWorkers());
            processes = cluster.processTree();
            assertTrue(processes.size() >= 3, "a master and two workers (and executors still ending)");
        }
        for (ProcessHandle process : processes) {
            assertFalse(process.isAlive(), "process " + process.pid() + " exited");
        }
    }

    private static long shippedJarCount(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().contains("/work/"))
                    .filter(path -> path.getFileName().toString().equals("deepdesk-app.jar")).count();
        }
    }
}
