package deepdesk.core.bundle;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The first entry of a model bundle: what wrote it, when, and the SHA-256 of every other entry.
 *
 * <p>Threading: immutable.
 *
 * @param formatVersion the bundle format; a reader refuses a version it does not know
 * @param appVersion    the DeepDesk version that wrote the bundle
 * @param createdAt     when the model was bundled, as an ISO-8601 instant
 * @param entries       per entry name, the lower-case hex SHA-256 of its bytes
 */
public record BundleManifest(int formatVersion, String appVersion, String createdAt,
                             Map<String, String> entries) {

    /** Checks and copies (sorted by entry name). */
    public BundleManifest {
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }
}
