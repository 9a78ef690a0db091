package deepdesk.core.spark.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh work folders for the cluster tests under the build's {@code target} folder. */
final class ClusterFolders {

    private ClusterFolders() {
    }

    /** A new, empty folder {@code target/spark-cluster/NAME-N}. */
    static Path fresh(String name) throws IOException {
        Path parent = Files.createDirectories(Path.of("target", "spark-cluster")).toAbsolutePath();
        return Files.createTempDirectory(parent, name + "-");
    }
}
