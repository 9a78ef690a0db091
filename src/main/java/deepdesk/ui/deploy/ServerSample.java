package deepdesk.ui.deploy;

/**
 * The prediction server's traffic between two looks at its counters, for the live chart.
 *
 * <p>Threading: immutable.
 *
 * @param seconds           seconds since the server started, at the later look
 * @param requestsPerSecond requests answered per second between the two looks
 * @param latencyMillis     their mean latency in milliseconds; 0 when there were none
 * @param totalRequests     every request answered since the server started
 */
public record ServerSample(double seconds, double requestsPerSecond, double latencyMillis,
                           long totalRequests) {
}
