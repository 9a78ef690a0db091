package deepdesk.core.spark.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spark settings for a driver in this JVM, given as {@code spark.*} system properties (which a
 * new Spark configuration reads, as it does those of {@code spark-submit}), and taken back
 * afterwards.
 *
 * <p>Threading: not thread-safe; apply and restore from the test thread.
 */
final class DriverSettings {

    private final Map<String, String> previous;

    private DriverSettings(Map<String, String> previous) {
        this.previous = previous;
    }

    /** Sets every setting as a system property and remembers what was there before. */
    static DriverSettings apply(Map<String, String> settings) {
        Map<String, String> previous = new LinkedHashMap<>();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            previous.put(setting.getKey(), System.getProperty(setting.getKey()));
            System.setProperty(setting.getKey(), setting.getValue());
        }
        return new DriverSettings(previous);
    }

    /** Puts back the system properties as they were before {@link #apply}. */
    void restore() {
        for (Map.Entry<String, String> setting : previous.entrySet()) {
            if (setting.getValue() == null) {
                System.clearProperty(setting.getKey());
            } else {
                System.setProperty(setting.getKey(), setting.getValue());
            }
        }
    }
}
