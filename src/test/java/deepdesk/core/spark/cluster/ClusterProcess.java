package deepdesk.core.spark.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JVM of the cluster (the master or a worker) with its output copied line by line to a log
 * file. Readiness is a line of that output: {@link #awaitLine} completes when a line matching a
 * pattern has been written, or fails when the process exits or the time is up.
 *
 * <p>Threading: thread-safe; one daemon thread per process reads its output.
 */
final class ClusterProcess implements AutoCloseable {

    /** A pattern someone waits for and the future its first match completes. */
    private record Expectation(Pattern pattern, CompletableFuture<Matcher> match) {
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final List<Expectation> expectations = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> outputClosed = new CompletableFuture<>();

    private ClusterProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} with {@code builder}'s settings and copies its output to {@code log}. */
    static ClusterProcess start(String name, ProcessBuilder builder, Path log) throws IOException {
        builder.redirectErrorStream(true);
        ClusterProcess started = new ClusterProcess(name, builder.start(), log);
        Thread reader = new Thread(started::copyOutput, "cluster-output-" + name);
        reader.setDaemon(true);
        reader.start();
        return started;
    }

    /** The process's name in messages, for example {@code worker-1}. */
    String name() {
        return name;
    }

    /** The process, for its id and descendants. */
    Process process() {
        return process;
    }

    /** The file its output goes to. */
    Path log() {
        return log;
    }

    /**
     * Waits until a line of output matches {@code regex} (lines already written count too).
     *
     * @return the match, for its groups
     * @throws IllegalStateException when the process exits first, or the time is up; the message
     *                               names the process and its log file
     */
    Matcher awaitLine(String regex, Duration timeout) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        CompletableFuture<Matcher> match = new CompletableFuture<>();
        expectations.add(new Expectation(pattern, match));
        for (String line : seen) {
            offer(line, pattern, match);
        }
        outputClosed.thenRun(() -> match.completeExceptionally(new IllegalStateException(
                name + " ended its output (exit " + exitDescription() + ") before printing /" + regex + "/")));
        try {
            return match.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " did not print /" + regex + "/ within " + timeout
                    + "; see " + log, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage() + "; see " + log, e.getCause());
        }
    }

    /**
     * Ends the process and everything it started (an executor of a worker), forcibly if it does not
     * end within {@code grace}, and checks that all of them have exited.
     *
     * @throws IllegalStateException when a process is still alive after the forced end
     */
    void destroyTree(Duration grace) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        for (ProcessHandle handle : tree) {
            handle.destroy();
        }
        awaitExit(tree, grace);
        for (ProcessHandle handle : tree) {
            handle.destroyForcibly();
        }
        awaitExit(tree, grace);
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                throw new IllegalStateException(name + ": process " + handle.pid() + " is still alive");
            }
        }
    }

    /** Ends the process tree forcibly at once, the way a machine failure would. */
    void killTree(Duration timeout) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        for (ProcessHandle handle : tree) {
            handle.destroyForcibly();
        }
        awaitExit(tree, timeout);
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                throw new IllegalStateException(name + ": process " + handle.pid() + " is still alive");
            }
        }
    }

    /** Ends the process tree with a grace of ten seconds; see {@link #destroyTree}. */
    @Override
    public void close() {
        try {
            destroyTree(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted while ending the process", e);
        }
    }

    private static void awaitExit(List<ProcessHandle> tree, Duration timeout) throws InterruptedException {
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The caller escalates or reports the survivors.
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private String exitDescription() {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    private void copyOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write(System.lineSeparator());
                out.flush();
                seen.add(line);
                for (Expectation expectation : expectations) {
                    offer(line, expectation.pattern(), expectation.match());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": could not copy the output to " + log, e);
        } finally {
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outputClosed.complete(null);
        }
    }

    private static void offer(String line, Pattern pattern, CompletableFuture<Matcher> match) {
        Matcher matcher = pattern.matcher(line);
        if (matcher.find()) {
            match.complete(matcher);
        }
    }
}
