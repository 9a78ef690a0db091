/**
 * The prediction server: a bundled model served over HTTP with the TensorFlow Serving REST API
 * ({@code /v1/models/NAME}, {@code /metadata}, {@code :predict}), plus {@code /healthz} and
 * Prometheus {@code /metrics}, on the JDK's {@code com.sun.net.httpserver}. Safe by default:
 * loopback only, a bearer token, body and batch limits, a JSON 400 naming the field for any bad
 * input. No JavaFX.
 */
package deepdesk.core.serving;
