package deepdesk.core.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON mapper of bundle entries: ignores unknown properties so that a newer minor writer's
 * additions do not break an older reader, and reads NaN written as a string.
 *
 * <p>Threading: the mapper is thread-safe once configured.
 */
final class BundleJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private BundleJson() {
    }
}
