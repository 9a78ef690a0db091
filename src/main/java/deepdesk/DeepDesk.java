package deepdesk;

import deepdesk.core.cli.DeepDeskCommand;
import deepdesk.ui.DeepDeskApp;
import javafx.application.Application;

/**
 * The one launcher: no arguments opens the GUI; a subcommand ({@code inspect}, {@code train},
 * ...) runs headless without touching JavaFX.
 *
 * <p>Deliberately not a subclass of {@link Application}: on the class path, starting an
 * {@code Application} subclass directly fails with "JavaFX runtime components are missing".
 *
 * <p>Threading: {@link #main} runs on the JVM's main thread.
 */
public final class DeepDesk {

    private DeepDesk() {
    }

    /**
     * Starts the GUI or runs a command.
     *
     * @param args nothing for the GUI, or a subcommand and its arguments
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(DeepDeskApp.class, args);
        } else {
            System.exit(DeepDeskCommand.run(args));
        }
    }
}
