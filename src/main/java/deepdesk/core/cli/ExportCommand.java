package deepdesk.core.cli;

import deepdesk.core.bundle.InferenceCodeExporter;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.OnnxExporter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code export MODEL.ddmodel --onnx OUT.onnx | --java DIR | --python FILE}: writes the model
 * for use outside DeepDesk: as ONNX (preparation included), as a self-contained Java class, or
 * as a Python module with a numpy {@code predict} function.
 *
 * <p>Threading: runs on the caller's thread.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a saved model as ONNX, a Java class or a Python function.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error or the output cannot be written",
            "2:bad input or usage: unreadable model, or not exactly one of --onnx, --java,"
                + " --python"})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL.ddmodel", description = "the model bundle")
    Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--class-name", paramLabel = "NAME", defaultValue = "DeepDeskModel",
            description = "the generated Java class's name (default: ${DEFAULT-VALUE})")
    String className;

    @Spec
    CommandSpec spec;

    /** Where to export to: exactly one. */
    static final class Target {
        @Option(names = "--onnx", paramLabel = "OUT.onnx",
                description = "write an ONNX model, preparation included")
        Path onnx;

        @Option(names = "--java", paramLabel = "DIR",
                description = "write a self-contained Java class into this folder")
        Path java;

        @Option(names = "--python", paramLabel = "FILE",
                description = "write a Python module with a numpy predict(rows) function")
        Path python;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ModelBundle bundle;
        try {
            bundle = ModelInputs.bundle(model);
        } catch (UserInputException e) {
            err.println("export: " + e.getMessage());
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
        try {
            Path written;
            if (target.onnx != null) {
                OnnxExporter.export(bundle, target.onnx);
                written = target.onnx;
            } else if (target.java != null) {
                written = InferenceCodeExporter.exportJava(bundle, target.java, className);
            } else {
                InferenceCodeExporter.exportPython(bundle, target.python);
                written = target.python;
            }
            spec.commandLine().getOut().println("wrote " + written);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("export: cannot write: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
