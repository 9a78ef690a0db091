package deepdesk.core.spark;

import deepdesk.core.cli.DeepDeskCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point {@code spark-submit} runs:
 * {@code spark-submit --class deepdesk.core.spark.SparkSubmitMain deepdesk.jar PROJECT.deepdesk
 * DATA_URI OUT.ddmodel [train options such as --spark-mode average]}. It trains what the project
 * describes (roles, preparation, model and training settings) on the data at {@code DATA_URI},
 * on the master {@code spark-submit} was given, and writes a normal model bundle. It is
 * {@code deepdesk train --project PROJECT DATA_URI --spark MASTER --out OUT} with the master
 * taken from {@code spark-submit}.
 *
 * <p>Threading: runs on the JVM's main thread.
 */
public final class SparkSubmitMain {

    private SparkSubmitMain() {
    }

    /**
     * Trains and exits with {@code train}'s exit code.
     *
     * @param args the project file, the data URI, the bundle to write, then any further
     *             {@code train} options
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: spark-submit --class " + SparkSubmitMain.class.getName()
                    + " deepdesk.jar PROJECT.deepdesk DATA_URI OUT.ddmodel [train options]");
            System.exit(DeepDeskCommand.EXIT_BAD_INPUT);
        }
        System.exit(DeepDeskCommand.run(trainArguments(args, System.getProperty("spark.master",
                "local[*]"))));
    }

    /** The {@code train} command line for the submitted arguments and master. */
    static String[] trainArguments(String[] args, String master) {
        List<String> train = new ArrayList<>(List.of("train", "--project", args[0], args[1],
                "--out", args[2], "--spark", master));
        train.addAll(Arrays.asList(args).subList(3, args.length));
        return train.toArray(new String[0]);
    }
}
