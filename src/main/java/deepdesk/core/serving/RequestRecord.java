package deepdesk.core.serving;

import java.time.Instant;

/**
 * One handled request, for the log of recent requests.
 *
 * <p>Threading: immutable.
 *
 * @param time          when the request was answered
 * @param method        the HTTP method
 * @param path          the request path, without the query
 * @param status        the HTTP status answered
 * @param latencyMicros the time from reading the request to sending the answer, in
 *                      microseconds
 * @param instances     for a predict request, the number of instances predicted; else 0
 */
public record RequestRecord(Instant time, String method, String path, int status,
                            long latencyMicros, int instances) {
}
