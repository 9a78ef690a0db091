package deepdesk.core.cli;

import deepdesk.core.common.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows the progress of a long command on standard error: a bar redrawn in place when attached
 * to a terminal, otherwise a plain line at every quarter, so that logs stay readable.
 *
 * <p>Threading: thread-safe (synchronized); never cancels.
 */
final class TerminalProgress implements ProgressListener {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String task;
    private long lastDraw;
    private int lastQuarter = -1;
    private boolean drawn;

    /**
     * @param err  where to write
     * @param task what is being done, such as "reading data.csv"
     */
    TerminalProgress(PrintWriter err, String task) {
        this(err, task, System.console() != null);
    }

    TerminalProgress(PrintWriter err, String task, boolean terminal) {
        this.err = err;
        this.task = task;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        if (fraction < 0) {
            return;
        }
        double clamped = Math.min(1, fraction);
        if (terminal) {
            long now = System.nanoTime();
            if (clamped < 1 && drawn && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(clamped * WIDTH);
            err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%%", task,
                    "#".repeat(filled), " ".repeat(WIDTH - filled), clamped * 100));
            drawn = true;
        } else {
            int quarter = (int) Math.floor(clamped * 4);
            if (quarter == lastQuarter) {
                return;
            }
            lastQuarter = quarter;
            err.println(String.format(Locale.ROOT, "%s: %.0f%%", task, quarter * 25.0));
        }
        err.flush();
    }

    /** Ends the bar's line on a terminal. */
    synchronized void done() {
        if (terminal && drawn) {
            err.println();
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
