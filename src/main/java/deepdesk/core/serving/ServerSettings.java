package deepdesk.core.serving;

import java.util.Objects;

/**
 * How the prediction server listens and what it accepts.
 *
 * <p>Threading: immutable.
 *
 * @param host         The address the server listens on. The default, 127.0.0.1, accepts
 *                     requests from this computer only; 0.0.0.0 accepts them from any network.
 * @param port         The TCP port to listen on, 0 for any free port. Default 8501, as
 *                     TensorFlow Serving's REST port.
 * @param modelName    The name of the model in request paths, as in /v1/models/NAME. Default
 *                     "model".
 * @param maxBodyBytes The largest request body accepted, in bytes; larger requests are refused.
 *                     Default 1 MiB.
 * @param maxInstances The most instances one predict request may hold. Default 1000.
 * @param threads      How many requests are handled at the same time. Default 2.
 */
public record ServerSettings(String host, int port, String modelName, int maxBodyBytes,
                             int maxInstances, int threads) {

    /** The default address: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8501;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when a number is out of range or the name is not a
     *                                  plain path segment
     */
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(modelName, "modelName");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, got " + port);
        }
        if (!modelName.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("the model name may hold letters, digits, '_', '.'"
                    + " and '-' only, got \"" + modelName + "\"");
        }
        if (maxBodyBytes < 1 || maxInstances < 1 || threads < 1) {
            throw new IllegalArgumentException("limits and threads must be at least 1");
        }
    }

    /** Loopback, port 8501, model "model", 1 MiB, 1000 instances, 2 threads. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, "model", 1 << 20, 1000, 2);
    }

    /** These settings with another host. */
    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, modelName, maxBodyBytes, maxInstances, threads);
    }

    /** These settings with another port. */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, modelName, maxBodyBytes, maxInstances, threads);
    }

    /** These settings with another model name. */
    public ServerSettings withModelName(String newName) {
        return new ServerSettings(host, port, newName, maxBodyBytes, maxInstances, threads);
    }

    /** These settings with other limits. */
    public ServerSettings withLimits(int newMaxBodyBytes, int newMaxInstances) {
        return new ServerSettings(host, port, modelName, newMaxBodyBytes, newMaxInstances,
                threads);
    }

    /** These settings with another number of threads. */
    public ServerSettings withThreads(int newThreads) {
        return new ServerSettings(host, port, modelName, maxBodyBytes, maxInstances, newThreads);
    }

    /** Whether the host is a loopback address, reachable from this computer only. */
    public boolean isLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
