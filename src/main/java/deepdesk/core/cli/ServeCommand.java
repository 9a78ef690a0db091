package deepdesk.core.cli;

import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.serving.BearerToken;
import deepdesk.core.serving.ClientExamples;
import deepdesk.core.serving.PredictionServer;
import deepdesk.core.serving.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve MODEL.ddmodel [--host 127.0.0.1] [--port 8501] [--name NAME] [--token-file F]}:
 * serves a saved model over HTTP with the TensorFlow Serving REST API until the process is
 * stopped (Ctrl+C), then finishes the requests in progress.
 *
 * <p>Threading: blocks the caller's thread until the JVM shuts down.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a saved model over HTTP (TensorFlow Serving REST API) until"
                + " stopped with Ctrl+C.",
            "Every request but /healthz needs the header 'Authorization: Bearer TOKEN'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:internal error or the address cannot be bound",
            "2:bad input: unreadable model or token file, or bad settings"})
public final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL.ddmodel", description = "the model bundle")
    Path model;

    @Option(names = "--host", defaultValue = ServerSettings.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--name", defaultValue = "model",
            description = "the model's name in /v1/models/NAME (default: ${DEFAULT-VALUE})")
    String name;

    @Option(names = "--token-file", paramLabel = "F",
            description = "read the bearer token from this file instead of generating one")
    Path tokenFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelBundle bundle;
        BearerToken token;
        ServerSettings settings;
        try {
            bundle = ModelInputs.bundle(model);
            token = tokenFile == null ? BearerToken.generate() : BearerToken.fromFile(tokenFile);
            settings = ServerSettings.defaults().withHost(host).withPort(port)
                    .withModelName(name);
        } catch (UserInputException | IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("serve: cannot read the token file " + tokenFile + ": " + e.getMessage());
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
        PredictionServer server;
        try {
            server = PredictionServer.start(new Predictor(bundle), settings, token);
        } catch (IOException e) {
            err.println("serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        for (String warning : server.warnings()) {
            err.println("serve: warning: " + warning);
        }
        out.println("serving " + model.getFileName() + " at " + server.url() + "/v1/models/"
                + name);
        if (tokenFile == null) {
            out.println("token (shown once): " + token.reveal());
        } else {
            out.println("token: from " + tokenFile);
        }
        out.println("try:");
        out.println(ClientExamples.curl(server.predictUrl(), "$TOKEN", bundle.schema()));
        out.println("stop with Ctrl+C");
        out.flush();
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(Duration.ofSeconds(2));
            stopped.countDown();
        }, "deepdesk-serve-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            server.stop(Duration.ofSeconds(2));
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
