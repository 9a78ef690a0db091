package deepdesk.core.serving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepdesk.core.bundle.InputColumn;
import deepdesk.core.bundle.InputSchema;
import deepdesk.core.bundle.ValueKind;

/**
 * Ready-to-paste client code for a served model: a {@code curl} command and a Python
 * {@code requests} snippet that post one example instance built from the input schema (the
 * middle of each numeric column's training range, the first category of each categorical one).
 *
 * <p>Threading: stateless.
 */
public final class ClientExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientExamples() {
    }

    /** The body of a predict request with one example instance keyed by column name. */
    public static String exampleBody(InputSchema schema) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode instance = body.putArray("instances").addObject();
        for (InputColumn column : schema.columns()) {
            if (column.kind() == ValueKind.CATEGORY) {
                if (column.categories().isEmpty()) {
                    instance.putNull(column.name());
                } else {
                    instance.put(column.name(), column.categories().get(0));
                }
            } else if (Double.isNaN(column.min())) {
                instance.put(column.name(), 0);
            } else {
                double middle = (column.min() + column.max()) / 2;
                instance.put(column.name(), Math.round(middle * 1000) / 1000.0);
            }
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an example body", e);
        }
    }

    /**
     * A curl command posting the example to {@code predictUrl}.
     *
     * @param token the token to show; pass a placeholder such as {@code $TOKEN} to keep it out
     */
    public static String curl(String predictUrl, String token, InputSchema schema) {
        return "curl -s -H 'Authorization: Bearer " + token + "' -H 'Content-Type: application/json' \\\n"
                + "  -d '" + exampleBody(schema).replace("'", "'\\''") + "' \\\n  " + predictUrl;
    }

    /**
     * A Python snippet posting the example with {@code requests} and printing the predictions.
     *
     * @param token the token to show, or a placeholder
     */
    public static String python(String predictUrl, String token, InputSchema schema) {
        return "import requests\n\n"
                + "response = requests.post(\n"
                + "    " + pythonString(predictUrl) + ",\n"
                + "    headers={\"Authorization\": \"Bearer \" + " + pythonString(token) + "},\n"
                + "    json=" + exampleBody(schema).replace("null", "None") + ",\n"
                + "    timeout=10,\n)\n"
                + "response.raise_for_status()\n"
                + "print(response.json()[\"predictions\"])\n";
    }

    private static String pythonString(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot quote a string", e);
        }
    }
}
