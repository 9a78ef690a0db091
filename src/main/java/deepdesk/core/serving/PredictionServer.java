package deepdesk.core.serving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import deepdesk.core.bundle.InputColumn;
import deepdesk.core.bundle.InputProblem;
import deepdesk.core.bundle.InvalidInputException;
import deepdesk.core.bundle.Prediction;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.prep.TaskKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one bundled model over HTTP with the TensorFlow Serving REST API:
 * <ul>
 *   <li>{@code GET /v1/models/NAME}: the model's status;</li>
 *   <li>{@code GET /v1/models/NAME/metadata}: the input schema and the output names;</li>
 *   <li>{@code POST /v1/models/NAME:predict} with {@code {"instances": [...]}}, each instance an
 *       object keyed by raw column name or an array in schema order, answered with
 *       {@code {"predictions": [...]}}: a number per instance for regression (an array when
 *       there are several targets), {@code {"label": ..., "probabilities": {class: p}}} for
 *       classification. All instances of a request go through the network in one batch;</li>
 *   <li>{@code GET /healthz} (no token needed) and {@code GET /metrics} (Prometheus text).</li>
 * </ul>
 * The model has one version, 1: {@code /v1/models/NAME/versions/1...} is the same as
 * {@code /v1/models/NAME...}.
 * Every request but {@code /healthz} needs {@code Authorization: Bearer TOKEN} (else 401).
 * Bad input of any kind (malformed JSON, wrong types, missing fields, unknown categories, too
 * many instances) gets a 400 whose JSON body names the field: {@code {"error": ..., "field":
 * ...}}; a body over the limit gets 413.
 *
 * <p>Threading: requests run on the server's own pool of named daemon threads; {@link #stop}
 * may be called from any thread, once.
 */
public final class PredictionServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V1 = "/v1/models/";
    private static final AtomicInteger SERVER_NUMBER = new AtomicInteger();

    static {
        // decision: the JDK server writes headers and body in separate packets; with Nagle's
        // algorithm on, each keep-alive response then waits ~40 ms for the client's delayed ACK
        // (measured: 87 requests/s with wrk). TCP_NODELAY is read once, when the server classes
        // load, so it is set here unless the user chose otherwise.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Predictor predictor;
    private final ServerSettings settings;
    private final BearerToken token;
    private final ServerMetrics metrics = new ServerMetrics();
    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] statusBody;
    private final byte[] metadataBody;

    private PredictionServer(Predictor predictor, ServerSettings settings, BearerToken token)
            throws IOException {
        this.predictor = predictor;
        this.settings = settings;
        this.token = token;
        this.statusBody = JSON.writeValueAsBytes(status());
        this.metadataBody = JSON.writeValueAsBytes(metadata());
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()),
                128);
        int number = SERVER_NUMBER.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "deepdesk-serve-" + number + "-"
                    + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts serving {@code predictor}'s model.
     *
     * @param token the token clients must send
     * @throws IOException when the address cannot be bound (port in use, unknown host)
     */
    public static PredictionServer start(Predictor predictor, ServerSettings settings,
                                         BearerToken token) throws IOException {
        PredictionServer server = new PredictionServer(predictor, settings, token);
        server.server.start();
        return server;
    }

    /** The port listened on (the chosen one when the settings said 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL, such as {@code http://127.0.0.1:8501}. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]"
                : settings.host();
        return "http://" + host + ":" + port();
    }

    /** The URL of the predict endpoint. */
    public String predictUrl() {
        return url() + V1 + settings.modelName() + ":predict";
    }

    /** The settings it runs with. */
    public ServerSettings settings() {
        return settings;
    }

    /** The token clients must send. */
    public BearerToken token() {
        return token;
    }

    /** Its request counters. */
    public ServerMetrics metrics() {
        return metrics;
    }

    /** What the user should know about these settings; empty when they are safe. */
    public List<String> warnings() {
        if (settings.isLoopback()) {
            return List.of();
        }
        return List.of("listening on " + settings.host() + ", not 127.0.0.1: other computers"
                + " can reach this server, and anyone who has the token can use the model");
    }

    /**
     * Stops accepting requests, lets those in progress finish for up to {@code grace}, then
     * stops the threads.
     */
    public void stop(Duration grace) {
        server.stop((int) Math.max(0, Math.min(grace.toSeconds(), Integer.MAX_VALUE)));
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis() + 100, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops with a grace period of one second. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(1));
    }

    private void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Answer answer;
        try {
            answer = route(exchange, method, path);
        } catch (RuntimeException e) {
            answer = Answer.error(500, "internal error: " + e.getClass().getSimpleName(), null);
        }
        try {
            send(exchange, answer);
        } catch (IOException e) {
            // the client went away; there is no one left to tell
            answer = new Answer(499, answer.body, answer.contentType, answer.instances);
        } finally {
            exchange.close();
        }
        metrics.record(method, path, answer.status, System.nanoTime() - start,
                answer.instances);
    }

    private Answer route(HttpExchange exchange, String method, String path) {
        if (path.equals("/healthz")) {
            return method.equals("GET") ? Answer.json(200, "{\"status\":\"ok\"}")
                    : Answer.methodNotAllowed("GET");
        }
        if (!token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            return Answer.error(401, "a valid bearer token is required", "Authorization");
        }
        if (path.equals("/metrics")) {
            return method.equals("GET") ? new Answer(200, metrics.prometheus()
                    .getBytes(StandardCharsets.UTF_8), "text/plain; version=0.0.4", 0)
                    : Answer.methodNotAllowed("GET");
        }
        String model = V1 + settings.modelName();
        // TF Serving also names the one version explicitly
        path = path.replace(model + "/versions/1", model);
        if (path.equals(model)) {
            return method.equals("GET") ? new Answer(200, statusBody, Answer.JSON, 0)
                    : Answer.methodNotAllowed("GET");
        }
        if (path.equals(model + "/metadata")) {
            return method.equals("GET") ? new Answer(200, metadataBody, Answer.JSON, 0)
                    : Answer.methodNotAllowed("GET");
        }
        if (path.equals(model + ":predict")) {
            return method.equals("POST") ? predict(exchange) : Answer.methodNotAllowed("POST");
        }
        if (path.startsWith(V1)) {
            return Answer.error(404, "no model at " + path + "; this server serves "
                    + model, "path");
        }
        return Answer.error(404, "not found: " + path, "path");
    }

    private Answer predict(HttpExchange exchange) {
        byte[] body;
        try {
            body = readBody(exchange);
        } catch (BodyTooLarge e) {
            return Answer.error(413, "the request body is larger than " + settings.maxBodyBytes()
                    + " bytes", "body");
        } catch (IOException e) {
            return Answer.error(400, "the request body could not be read", "body");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Answer.error(400, "malformed JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), "body");
        } catch (IOException e) {
            return Answer.error(400, "the request body could not be read", "body");
        }
        if (root == null || !root.isObject()) {
            return Answer.error(400, "the body must be a JSON object with \"instances\"", "body");
        }
        JsonNode instances = root.get("instances");
        if (instances == null || !instances.isArray()) {
            return Answer.error(400, "\"instances\" must be an array of objects or arrays",
                    "instances");
        }
        if (instances.isEmpty()) {
            return Answer.error(400, "\"instances\" is empty", "instances");
        }
        if (instances.size() > settings.maxInstances()) {
            return Answer.error(400, "at most " + settings.maxInstances() + " instances per"
                    + " request, got " + instances.size(), "instances");
        }
        boolean objects = instances.get(0).isObject();
        List<Map<String, Object>> maps = new ArrayList<>();
        List<List<Object>> arrays = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            JsonNode instance = instances.get(i);
            if (objects && instance.isObject()) {
                Map<String, Object> values = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = instance.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    values.put(field.getKey(), plain(field.getValue()));
                }
                maps.add(values);
            } else if (!objects && instance.isArray()) {
                List<Object> values = new ArrayList<>();
                for (JsonNode value : instance) {
                    values.add(plain(value));
                }
                arrays.add(values);
            } else {
                return Answer.error(400, "instance " + (i + 1) + " must be "
                        + (objects ? "an object like the first" : "an array like the first"),
                        "instances[" + i + "]");
            }
        }
        List<Prediction> predictions;
        try {
            predictions = objects ? predictor.predict(maps) : predictor.predictArrays(arrays);
        } catch (InvalidInputException e) {
            return invalid(e);
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("predictions");
        List<String> classes = predictor.outputNames();
        for (Prediction p : predictions) {
            if (p.isClassification()) {
                ObjectNode item = list.addObject();
                item.put("label", p.label());
                ObjectNode probabilities = item.putObject("probabilities");
                double[] values = p.probabilities();
                for (int c = 0; c < values.length; c++) {
                    probabilities.put(classes.get(c), values[c]);
                }
            } else if (p.values().length == 1) {
                list.add(p.values()[0]);
            } else {
                ArrayNode values = list.addArray();
                for (double v : p.values()) {
                    values.add(v);
                }
            }
        }
        try {
            return new Answer(200, JSON.writeValueAsBytes(out), Answer.JSON, predictions.size());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write predictions", e);
        }
    }

    private static Answer invalid(InvalidInputException e) {
        ObjectNode out = JSON.createObjectNode();
        InputProblem first = e.problems().get(0);
        out.put("error", e.getMessage());
        out.put("field", field(first));
        ArrayNode problems = out.putArray("problems");
        for (InputProblem problem : e.problems()) {
            ObjectNode item = problems.addObject();
            item.put("instance", problem.row());
            item.put("field", field(problem));
            item.put("message", problem.message());
        }
        return Answer.json(400, out.toString());
    }

    private static String field(InputProblem problem) {
        return "instances[" + problem.row() + "]" + (problem.column().equals("*") ? ""
                : "." + problem.column());
    }

    /** A JSON value as the predictor takes it: text, a number, null, or a container. */
    private static Object plain(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isArray() ? List.of() : Map.of();
    }

    private byte[] readBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > settings.maxBodyBytes()) {
                    throw new BodyTooLarge();
                }
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length", e);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > settings.maxBodyBytes()) {
                    throw new BodyTooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(answer.status, answer.body.length == 0 ? -1
                : answer.body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body);
        }
    }

    private Map<String, Object> status() {
        Map<String, Object> errorStatus = new LinkedHashMap<>();
        errorStatus.put("error_code", "OK");
        errorStatus.put("error_message", "");
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("version", "1");
        version.put("state", "AVAILABLE");
        version.put("status", errorStatus);
        return Map.of("model_version_status", List.of(version));
    }

    private Map<String, Object> metadata() {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (InputColumn column : predictor.schema().columns()) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("name", column.name());
            input.put("type", column.kind().name().toLowerCase(Locale.ROOT));
            if (!column.categories().isEmpty()) {
                input.put("categories", column.categories());
            }
            if (!Double.isNaN(column.min())) {
                input.put("min", column.min());
                input.put("max", column.max());
            }
            input.put("missing_allowed", column.missingAllowed());
            inputs.add(input);
        }
        Map<String, Object> signature = new LinkedHashMap<>();
        boolean classification = predictor.task() == TaskKind.CLASSIFICATION;
        signature.put("task", classification ? "classification" : "regression");
        signature.put("inputs", inputs);
        signature.put("outputs", classification
                ? Map.of("label", "the most probable class", "probabilities",
                predictor.outputNames())
                : Map.of("values", predictor.outputNames()));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", settings.modelName());
        spec.put("version", "1");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model_spec", spec);
        out.put("metadata", Map.of("signature_def", signature));
        return out;
    }

    /** A body over the limit. */
    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** What to send back. */
    private record Answer(int status, byte[] body, String contentType, int instances) {

        static final String JSON = "application/json";

        static Answer json(int status, String json) {
            return new Answer(status, json.getBytes(StandardCharsets.UTF_8), JSON, 0);
        }

        static Answer error(int status, String message, String field) {
            ObjectNode out = PredictionServer.JSON.createObjectNode();
            out.put("error", message);
            if (field != null) {
                out.put("field", field);
            }
            return json(status, out.toString());
        }

        static Answer methodNotAllowed(String allowed) {
            return error(405, "use " + allowed + " here", "method");
        }
    }
}
