package deepdesk.core.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The one Spark session of this process, created on first use for a master URL.
 *
 * <p>Threading: thread-safe (synchronised).
 */
final class SparkSessions {

    private static SparkSession session;
    private static String sessionMaster;

    private SparkSessions() {
    }

    /**
     * The session for {@code master}: the running one when it has that master (or when this
     * process was started by {@code spark-submit}, which chose the master), else a new one.
     *
     * @param master a master URL, or {@code null} to take the one {@code spark-submit} set
     */
    static synchronized SparkSession session(String master) {
        if (session != null && !session.sparkContext().isStopped()
                && (master == null || master.equals(sessionMaster))) {
            return session;
        }
        if (session != null) {
            session.stop();
        }
        SparkConf conf = new SparkConf()
                .setAppName("DeepDesk")
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.sql.shuffle.partitions", "2")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (master != null) {
            conf.setMaster(master);
            if (!master.startsWith("local")) {
                // decision: executors of a standalone cluster load DeepDesk's classes from the
                // jar this process runs from, so `java -jar deepdesk.jar train --spark spark://...`
                // needs no spark-submit.
                String jar = ownJar();
                if (jar != null) {
                    conf.setIfMissing("spark.jars", jar);
                }
            }
        }
        session = SparkSession.builder().config(conf).getOrCreate();
        sessionMaster = session.sparkContext().master();
        return session;
    }

    /** Stops the session, if one runs. */
    static synchronized void stop() {
        if (session != null) {
            session.stop();
            session = null;
            sessionMaster = null;
        }
    }

    private static String ownJar() {
        CodeSource source = SparkSessions.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location.toUri().toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
