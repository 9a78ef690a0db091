package deepdesk.core.serving;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counters of the prediction server: requests by status, instances predicted, a latency
 * histogram and the last requests; written in Prometheus text format or copied into a
 * {@link ServerStats} for the UI.
 *
 * <p>Threading: thread-safe; request threads record, any thread reads.
 */
public final class ServerMetrics {

    /** The latency histogram's upper bounds, in seconds. */
    static final double[] BOUNDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
        0.5, 1, 2.5};
    private static final int RECENT = 100;

    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final LongAdder predictions = new LongAdder();
    private final LongAdder latencyNanos = new LongAdder();
    private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
    private final ArrayDeque<RequestRecord> recent = new ArrayDeque<>();
    private final long createdNanos = System.nanoTime();

    /** Empty counters. */
    public ServerMetrics() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    /** Records one answered request. */
    void record(String method, String path, int status, long nanos, int instances) {
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        predictions.add(instances);
        latencyNanos.add(nanos);
        double seconds = nanos / 1e9;
        int bucket = 0;
        while (bucket < BOUNDS.length && seconds > BOUNDS[bucket]) {
            bucket++;
        }
        buckets[bucket].increment();
        RequestRecord record = new RequestRecord(Instant.now(), method, path, status,
                nanos / 1000, instances);
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeFirst();
            }
            recent.addLast(record);
        }
    }

    /** A copy of the counters now. */
    public ServerStats snapshot() {
        Map<Integer, Long> statuses = new TreeMap<>();
        byStatus.forEach((status, count) -> statuses.put(status, count.sum()));
        long[] cumulative = new long[buckets.length];
        long running = 0;
        for (int i = 0; i < buckets.length; i++) {
            running += buckets[i].sum();
            cumulative[i] = running;
        }
        List<RequestRecord> last;
        synchronized (recent) {
            last = new ArrayList<>(recent);
        }
        return new ServerStats((System.nanoTime() - createdNanos) / 1e9, running, statuses, predictions.sum(), latencyNanos.sum() / 1e9,
                BOUNDS, cumulative, last);
    }

    /** The counters in Prometheus text exposition format 0.0.4. */
    public String prometheus() {
        ServerStats stats = snapshot();
        StringBuilder out = new StringBuilder();
        out.append("# HELP deepdesk_requests_total Requests answered, by HTTP status.\n");
        out.append("# TYPE deepdesk_requests_total counter\n");
        stats.byStatus().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.append("deepdesk_requests_total{code=\"").append(e.getKey()).append("\"} ")
                        .append(e.getValue()).append('\n'));
        out.append("# HELP deepdesk_predictions_total Instances predicted.\n");
        out.append("# TYPE deepdesk_predictions_total counter\n");
        out.append("deepdesk_predictions_total ").append(stats.predictions()).append('\n');
        out.append("# HELP deepdesk_request_duration_seconds Time to answer a request.\n");
        out.append("# TYPE deepdesk_request_duration_seconds histogram\n");
        long[] counts = stats.bucketCounts();
        for (int i = 0; i < BOUNDS.length; i++) {
            out.append("deepdesk_request_duration_seconds_bucket{le=\"")
                    .append(number(BOUNDS[i])).append("\"} ").append(counts[i]).append('\n');
        }
        out.append("deepdesk_request_duration_seconds_bucket{le=\"+Inf\"} ")
                .append(stats.requests()).append('\n');
        out.append("deepdesk_request_duration_seconds_sum ")
                .append(number(stats.latencySumSeconds())).append('\n');
        out.append("deepdesk_request_duration_seconds_count ").append(stats.requests())
                .append('\n');
        return out.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
