package deepdesk.core.spark.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.launcher.JavaModuleOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on 127.0.0.1 made of Spark's own {@code Master} and
 * {@code Worker} classes, each in a JVM of its own started from the test class path, with small
 * memory and work folders under the given root. Readiness is waited for on the processes' log
 * lines (master elected, each worker registered) and then checked in the master's JSON status;
 * nothing sleeps. {@link #close()} ends every process tree (workers with their executors) and
 * checks that they exited.
 *
 * <p>Threading: not thread-safe; one test thread drives it.
 */
final class StandaloneCluster implements AutoCloseable {

    /** Host every process binds to. */
    static final String HOST = "127.0.0.1";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
    private static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";

    private final Path root;
    private final TestClassPath classPath;
    private final List<ClusterProcess> workers = new ArrayList<>();
    private ClusterProcess master;
    private String masterUrl;
    private int masterWebPort;

    private StandaloneCluster(Path root, TestClassPath classPath) {
        this.root = root;
        this.classPath = classPath;
    }

    /**
     * Starts a master and {@code workerCount} workers of {@code coresPerWorker} cores and
     * {@code workerMemory} (Spark's notation, for example {@code 768m}) each, and returns once
     * every worker is registered and alive.
     *
     * @throws IllegalStateException naming the process and its log when one fails to start in time
     */
    static StandaloneCluster start(Path root, int workerCount, int coresPerWorker, String workerMemory)
            throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(root, TestClassPath.current());
        try {
            cluster.startMaster();
            for (int i = 1; i <= workerCount; i++) {
                cluster.startWorker(i, coresPerWorker, workerMemory);
            }
            cluster.awaitWorkers(workerCount);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The master's URL, {@code spark://127.0.0.1:PORT}. */
    String masterUrl() {
        return masterUrl;
    }

    /** The test class path, split into libraries and the application's classes. */
    TestClassPath classPath() {
        return classPath;
    }

    /**
     * The Spark settings for a driver in this JVM that runs on the cluster: loopback addresses,
     * executors of {@code executorMemory} with the libraries on their class path and the
     * application's classes shipped as {@code appJar} through {@code spark.jars}, and no web UI.
     */
    Map<String, String> driverSettings(Path appJar, int maxCores, String executorMemory) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.master", masterUrl);
        settings.put("spark.driver.host", HOST);
        settings.put("spark.driver.bindAddress", HOST);
        settings.put("spark.ui.enabled", "false");
        settings.put("spark.cores.max", String.valueOf(maxCores));
        settings.put("spark.executor.cores", "1");
        settings.put("spark.executor.memory", executorMemory);
        settings.put("spark.executor.extraClassPath", classPath.librariesPath());
        settings.put("spark.executor.extraJavaOptions", JavaModuleOptions.defaultModuleOptions());
        settings.put("spark.jars", appJar.toUri().toString());
        // every executor is registered before the first job, so work spreads over both workers
        settings.put("spark.scheduler.minRegisteredResourcesRatio", "1.0");
        settings.put("spark.scheduler.maxRegisteredResourcesWaitingTime", "60s");
        return settings;
    }

    /** The number of workers the master reports alive, read from its JSON status page. */
    int aliveWorkers() throws IOException, InterruptedException {
        return masterStatus().path("aliveworkers").asInt(-1);
    }

    /** The master's JSON status page. */
    JsonNode masterStatus() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + masterWebPort + "/json/"))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the master's status page answered " + response.statusCode());
        }
        return new ObjectMapper().readTree(response.body());
    }

    /** Every process of the cluster as it stands: master, workers and the workers' executors. */
    List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        List<ClusterProcess> all = new ArrayList<>(workers);
        all.add(master);
        for (ClusterProcess process : all) {
            tree.add(process.process().toHandle());
            tree.addAll(process.process().descendants().toList());
        }
        return tree;
    }

    /** The processes of the workers, in start order. */
    List<ClusterProcess> workers() {
        return List.copyOf(workers);
    }

    /**
     * Kills worker {@code number} (counted from 1) and its executors at once, as a machine failure
     * would, and checks that they have exited.
     */
    void killWorker(int number) throws InterruptedException {
        workers.get(number - 1).killTree(STOP_GRACE);
    }

    /** Ends the workers (with their executors), then the master, and checks that all exited. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (ClusterProcess worker : workers) {
            stop(worker, failures);
        }
        if (master != null) {
            stop(master, failures);
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static void stop(ClusterProcess process, List<RuntimeException> failures) {
        try {
            process.destroyTree(STOP_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(new IllegalStateException("interrupted while ending " + process.name(), e));
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    private void startMaster() throws IOException, InterruptedException {
        int port = freePort();
        masterWebPort = freePort();
        Path dir = Files.createDirectories(root.resolve("master"));
        List<String> command = javaCommand(dir, MASTER_CLASS);
        command.addAll(List.of("--host", HOST, "--port", String.valueOf(port),
                "--webui-port", String.valueOf(masterWebPort)));
        master = ClusterProcess.start("master", processBuilder(command, dir), dir.resolve("master.log"));
        masterUrl = master.awaitLine("Starting Spark master at (spark://\\S+)", START_TIMEOUT).group(1);
        master.awaitLine("elected leader! New state: ALIVE", START_TIMEOUT);
    }

    private void startWorker(int number, int cores, String memory) throws IOException, InterruptedException {
        String name = "worker-" + number;
        Path dir = Files.createDirectories(root.resolve(name));
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> command = javaCommand(dir, WORKER_CLASS);
        command.addAll(List.of("--host", HOST, "--port", "0", "--webui-port", String.valueOf(freePort()),
                "--cores", String.valueOf(cores), "--memory", memory,
                "--work-dir", work.toString(), masterUrl));
        workers.add(ClusterProcess.start(name, processBuilder(command, dir), dir.resolve(name + ".log")));
    }

    private void awaitWorkers(int count) throws IOException, InterruptedException {
        for (ClusterProcess worker : workers) {
            worker.awaitLine("Successfully registered with master", START_TIMEOUT);
        }
        int alive = aliveWorkers();
        if (alive != count) {
            throw new IllegalStateException("the master reports " + alive + " alive workers, expected " + count
                    + "; see " + master.log());
        }
    }

    private List<String> javaCommand(Path dir, String mainClass) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx192m");
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
        command.add("-Dlog4j2.configurationFile=" + logConfig().toUri());
        // decision: the master declares a worker lost after 10 s without a heartbeat instead of 60;
        // workers send one every quarter of this, so both must be given the same value.
        command.add("-Dspark.worker.timeout=10");
        command.add("-cp");
        command.add(classPath.librariesPath());
        command.add(mainClass);
        return command;
    }

    private ProcessBuilder processBuilder(List<String> command, Path dir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_LOCAL_IP", HOST);
        env.put("SPARK_LOCAL_HOSTNAME", HOST);
        // decision: a worker builds its executors' command line with Spark's launcher, which wants
        // a Spark home with a jars folder and a Scala version; an empty home under the root
        // satisfies it, and the executors get the libraries from spark.executor.extraClassPath.
        Path sparkHome = root.resolve("spark-home");
        Files.createDirectories(sparkHome.resolve("jars"));
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.12");
        env.remove("SPARK_CONF_DIR");
        env.remove("SPARK_CLASSPATH");
        return builder;
    }

    private Path logConfig() throws IOException {
        Path file = root.resolve("log4j2-cluster.properties");
        if (!Files.exists(file)) {
            Files.writeString(file, String.join("\n",
                    "rootLogger.level = warn",
                    "rootLogger.appenderRef.out.ref = out",
                    "appender.out.type = Console",
                    "appender.out.name = out",
                    "appender.out.layout.type = PatternLayout",
                    "appender.out.layout.pattern = %d{HH:mm:ss.SSS} %-5p %c{1}: %m%n",
                    "logger.deploy.name = org.apache.spark.deploy",
                    "logger.deploy.level = info",
                    ""));
        }
        return file;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }
}
