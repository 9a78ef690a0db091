package deepdesk.core.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.Prediction;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.bundle.PredictorTestRows;
import deepdesk.core.bundle.TrainedModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trains a model, saves and reloads its bundle, serves it on a free port and talks to it as a
 * client would.
 */
class PredictionServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static TrainedModels.Trained penguins;
    private static Predictor inProcess;
    private static PredictionServer server;

    @BeforeAll
    static void serve() throws Exception {
        penguins = TrainedModels.train("penguins.csv", "species");
        Path file = dir.resolve("penguins.ddmodel");
        penguins.bundle().write(file);
        inProcess = new Predictor(ModelBundle.read(file));
        server = PredictionServer.start(inProcess, ServerSettings.defaults().withPort(0)
                .withModelName("penguins").withLimits(16384, 100), BearerToken.generate());
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.predictUrl()))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return post(body, server.token().reveal());
    }

    private static String instance(String island, String sex) {
        return "{\"island\": \"" + island + "\", \"bill_length_mm\": 45.2, \"bill_depth_mm\":"
                + " \"14.8\", \"flipper_length_mm\": 212, \"body_mass_g\": 5200, \"sex\": "
                + (sex == null ? "null" : "\"" + sex + "\"") + "}";
    }

    @Test
    void predictionsOverHttpEqualTheInProcessOnes() throws Exception {
        int[] rows = penguins.prepared().rows().test();
        List<Map<String, Object>> raw = PredictorTestRows.rawRows(
                penguins.dataset(), rows);
        String body = JSON.writeValueAsString(Map.of("instances", raw));

        HttpResponse<String> response = post(body);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode predictions = JSON.readTree(response.body()).get("predictions");
        List<Prediction> expected = inProcess.predict(raw);
        assertEquals(rows.length, predictions.size());
        List<String> classes = inProcess.outputNames();
        for (int r = 0; r < rows.length; r++) {
            JsonNode p = predictions.get(r);
            assertEquals(expected.get(r).label(), p.get("label").asText());
            for (int c = 0; c < classes.size(); c++) {
                assertEquals(expected.get(r).probabilities()[c],
                        p.get("probabilities").get(classes.get(c)).asDouble(), 1e-12);
            }
        }
    }

    @Test
    void arraysInSchemaOrderAreAccepted() throws Exception {
        HttpResponse<String> response = post("{\"instances\": [[\"Biscoe\", 45.2, 14.8, 212,"
                + " 5200, \"FEMALE\"]]}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, JSON.readTree(response.body()).get("predictions").size());
    }

    @Test
    void badInputGets400NamingTheField() throws Exception {
        assertError(post("{\"instances\": [" + instance("Atlantis", "MALE") + "]}"), 400,
                "instances[0].island", "unknown category \"Atlantis\"");
        assertError(post("{\"instances\": [" + instance("Dream", "MALE")
                .replace("212", "\"tall\"") + "]}"), 400, "instances[0].flipper_length_mm",
                "must be a number");
        assertError(post("{\"instances\": [" + instance("Dream", "MALE")
                .replace("\"body_mass_g\": 5200,", "") + "]}"), 400,
                "instances[0].body_mass_g", "the column is missing");
        assertError(post("{\"instances\": [{\"island\": "), 400, "body", "malformed JSON");
        assertError(post("[1, 2]"), 400, "body", "JSON object");
        assertError(post("{\"inputs\": []}"), 400, "instances", "must be an array");
        assertError(post("{\"instances\": [" + instance("Dream", null) + ", [1, 2]]}"), 400,
                "instances[1]", "must be an object");
        assertError(post("{\"instances\": [[\"Dream\", 1]]}"), 400, "instances[0]",
                "expected 6 values");
        assertError(post("{\"instances\": [" + instance("Dream", "MALE")
                .replace("\"MALE\"", "{\"a\": 1}") + "]}"), 400, "instances[0].sex",
                "not an object");
        String many = "{\"instances\": [" + String.join(",",
                Collections.nCopies(101, "[]")) + "]}";
        assertError(post(many), 400, "instances", "at most 100 instances");
        String big = "{\"instances\": [" + instance("Dream", "MALE") + "], \"pad\": \""
                + "x".repeat(20000) + "\"}";
        assertError(post(big), 413, "body", "larger than 16384 bytes");
    }

    @Test
    void aWrongOrMissingTokenGets401() throws Exception {
        String body = "{\"instances\": [" + instance("Dream", "MALE") + "]}";
        assertError(post(body, "not-the-token-at-all"), 401, "Authorization", "bearer token");
        assertError(post(body, null), 401, "Authorization", "bearer token");
        assertEquals(401, get("/v1/models/penguins", null).statusCode());
        assertEquals(200, get("/healthz", null).statusCode());
    }

    @Test
    void statusMetadataAndMetricsFollowTheApi() throws Exception {
        String token = server.token().reveal();
        JsonNode status = JSON.readTree(get("/v1/models/penguins", token).body());
        assertEquals("AVAILABLE", status.at("/model_version_status/0/state").asText());
        JsonNode metadata = JSON.readTree(get("/v1/models/penguins/metadata", token).body());
        JsonNode signature = metadata.at("/metadata/signature_def");
        assertEquals("classification", signature.get("task").asText());
        assertEquals("island", signature.at("/inputs/0/name").asText());
        assertEquals("category", signature.at("/inputs/0/type").asText());
        assertEquals("number", signature.at("/inputs/1/type").asText());
        assertEquals(3, signature.at("/outputs/probabilities").size());
        assertEquals(404, get("/v1/models/other", token).statusCode());

        post("{\"instances\": [" + instance("Dream", "MALE") + "]}");
        String metrics = get("/metrics", token).body();
        assertTrue(metrics.contains("deepdesk_requests_total{code=\"200\"}"), metrics);
        assertTrue(metrics.contains("deepdesk_request_duration_seconds_bucket{le=\"+Inf\"}"),
                metrics);
        ServerStats stats = server.metrics().snapshot();
        assertTrue(stats.requests() >= 4 && stats.predictions() >= 1, stats.toString());
        assertTrue(stats.recent().stream().anyMatch(r -> r.path().endsWith(":predict")));
    }

    @Test
    void theDefaultHostIsLoopbackAndOtherHostsWarn() throws IOException {
        assertTrue(ServerSettings.defaults().isLoopback());
        assertTrue(server.warnings().isEmpty());
        try (PredictionServer open = PredictionServer.start(inProcess, ServerSettings.defaults()
                .withHost("0.0.0.0").withPort(0), BearerToken.generate())) {
            assertEquals(1, open.warnings().size());
            assertTrue(open.warnings().get(0).contains("other computers"));
        }
    }

    @Test
    void mangledBodiesNeverGetA500() throws Exception {
        String valid = "{\"instances\": [" + instance("Dream", "MALE") + ", [\"Biscoe\", 45.2,"
                + " 14.8, 212, 5200, null]]}";
        String[] pieces = {"{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1e999", "\\u0000",
            "NaN", "\"\"", "[[]]", "{}", "1", "\"instances\"", " "};
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder(valid);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(body.length());
                if (random.nextBoolean()) {
                    body.insert(at, pieces[random.nextInt(pieces.length)]);
                } else {
                    body.delete(at, Math.min(body.length(), at + 1 + random.nextInt(6)));
                }
            }
            HttpResponse<String> response = post(body.toString());
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400,
                    response.statusCode() + " for " + body + ": " + response.body());
            JsonNode answer = JSON.readTree(response.body());
            assertTrue(response.statusCode() == 200 ? answer.has("predictions")
                    : answer.has("error") && answer.has("field"), response.body());
        }
    }

    @Test
    void theClientExamplesPostAValidInstance() throws Exception {
        String body = ClientExamples.exampleBody(inProcess.schema());
        HttpResponse<String> response = post(body);
        assertEquals(200, response.statusCode(), response.body());

        String curl = ClientExamples.curl(server.predictUrl(), "$TOKEN", inProcess.schema());
        assertTrue(curl.contains("-d '" + body + "'"), curl);
        assertTrue(curl.endsWith(server.predictUrl()), curl);
        String python = ClientExamples.python(server.predictUrl(), "$TOKEN", inProcess.schema());
        assertTrue(python.contains("json=" + body + ","), python);
        assertTrue(python.contains("\"Bearer \" + \"$TOKEN\""), python);
    }

    @Test
    void theExplicitVersionOneIsTheModel() throws Exception {
        String token = server.token().reveal();
        assertEquals(200, get("/v1/models/penguins/versions/1/metadata", token).statusCode());
        assertEquals(404, get("/v1/models/penguins/versions/2", token).statusCode());
    }

    @Test
    void statsGiveRatesForALiveChart() throws Exception {
        ServerStats before = server.metrics().snapshot();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get("/healthz", null).statusCode());
        }
        // The server counts a request once its response is sent, which the client may see first.
        ServerStats after = server.metrics().snapshot();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (after.requests() - before.requests() < 3 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            after = server.metrics().snapshot();
        }
        assertTrue(after.requests() - before.requests() >= 3, "requests counted: "
                + (after.requests() - before.requests()));
        assertTrue(after.requestsPerSecondSince(before) > 0);
        assertTrue(after.meanLatencySecondsSince(before) > 0);
    }

    @Test
    void stoppingReleasesThePort() throws Exception {
        PredictionServer other = PredictionServer.start(inProcess,
                ServerSettings.defaults().withPort(0), BearerToken.generate());
        int port = other.port();
        HttpRequest health = HttpRequest.newBuilder(URI.create(other.url() + "/healthz")).build();
        assertEquals(200, CLIENT.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());

        other.stop(Duration.ZERO);

        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(health,
                HttpResponse.BodyHandlers.ofString()));
        try (PredictionServer again = PredictionServer.start(inProcess,
                ServerSettings.defaults().withPort(port), BearerToken.generate())) {
            assertEquals(port, again.port());
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String field,
                                    String message) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(field, error.get("field").asText(), response.body());
        assertTrue(error.get("error").asText().contains(message), response.body());
    }
}
