package deepdesk.core.serving;

import java.util.List;
import java.util.Map;

/**
 * A copy of the server's counters at one moment, for a live chart: take two and divide the
 * difference by the time between them for requests per second.
 *
 * <p>Threading: immutable.
 *
 * @param requests          every request answered so far
 * @param byStatus          per HTTP status, the requests answered with it
 * @param predictions       the instances predicted so far
 * @param latencySumSeconds the sum of all request latencies, in seconds
 * @param bucketBounds      the latency histogram's upper bounds, in seconds, increasing
 * @param bucketCounts      per bound, the requests at most that slow (cumulative); one more
 *                          entry at the end counts every request
 * @param recent            the last requests, oldest first
 */
public record ServerStats(long requests, Map<Integer, Long> byStatus, long predictions,
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

    /** The mean latency in seconds, or 0 before the first request. */
    public double meanLatencySeconds() {
        return requests == 0 ? 0 : latencySumSeconds / requests;
    }
}
