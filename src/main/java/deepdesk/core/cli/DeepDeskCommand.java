package deepdesk.core.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the headless command line. Each subcommand is a class of its own in this package.
 *
 * <p>Exit codes: 0 done; 1 an unexpected internal error; 2 bad input or usage (one line on
 * standard error); 3 training diverged.
 *
 * <p>Threading: runs on the caller's thread.
 */
@Command(name = "deepdesk", mixinStandardHelpOptions = true, version = "DeepDesk 0.1.0",
        description = "DeepDesk: build, train, evaluate and serve neural networks on tabular data.",
        subcommands = {
            CommandLine.HelpCommand.class,
            InspectCommand.class,
            ImportBenchCommand.class,
            TrainCommand.class,
            BenchCommand.class,
            SparkBenchCommand.class,
            EvaluateCommand.class,
            PredictCommand.class,
            ExportCommand.class,
            ServeCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error", "2:bad input or usage", "3:training diverged"})
public final class DeepDeskCommand implements Runnable {

    /** Exit code for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a training run that diverged. */
    public static final int EXIT_DIVERGED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Parses and runs {@code args}.
     *
     * @return the process exit code
     */
    public static int run(String... args) {
        return new CommandLine(new DeepDeskCommand()).execute(args);
    }
}
