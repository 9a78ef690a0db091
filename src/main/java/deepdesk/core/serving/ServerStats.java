package deepdesk.core.serving;

import java.util.List;
import java.util.Map;

/**
 * A copy of the server's counters at one moment, for a live chart: take two and divide the
 * difference by the time between them for requests per second.
 *
 * <p>Threading: immutable.
 *
 * @param uptimeSeconds     seconds since the counters were created, when this copy was taken
 * @param requests          every request answered so far
 * @param byStatus          per HTTP status, the requests answered with it
 * @param predictions       the instances predicted so far
 * @param latencySumSeconds the sum of all request latencies, in seconds
 * @param bucketBounds      the latency histogram's upper bounds, in seconds, increasing
 * @param bucketCounts      per bound, the requests at most that slow (cumulative); one more
 *                          entry at the end counts every request
 * @param recent            the last requests, oldest first
 */
public record ServerStats(double uptimeSeconds, long requests, Map<Integer, Long> byStatus, long predictions,
                          double latencySumSeconds, double[] bucketBounds, long[] bucketCounts,
                          List<RequestRecord> recent) {

    /** Copies. */
    public ServerStats {
        byStatus = Map.copyOf(byStatus);
        bucketBounds = bucketBounds.clone();
        bucketCounts = bucketCounts.clone();
        recent = List.copyOf(recent);
    }

    @Override
    public double[] bucketBounds() {
        return bucketBounds.clone();
    }

    @Override
    public long[] bucketCounts() {
        return bucketCounts.clone();
    }

    /**
     * The requests per second between an earlier copy and this one; 0 when no time passed.
     */
    public double requestsPerSecondSince(ServerStats earlier) {
        double seconds = uptimeSeconds - earlier.uptimeSeconds;
        return seconds <= 0 ? 0 : (requests - earlier.requests) / seconds;
    }

    /**
     * The mean latency in seconds of the requests answered between an earlier copy and this
     * one; 0 when there were none.
     */
    public double meanLatencySecondsSince(ServerStats earlier) {
        long count = requests - earlier.requests;
        return count <= 0 ? 0 : (latencySumSeconds - earlier.latencySumSeconds) / count;
    }

    /** The mean latency in seconds, or 0 before the first request. */
    public double meanLatencySeconds() {
        return requests == 0 ? 0 : latencySumSeconds / requests;
    }
}
