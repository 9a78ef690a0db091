package deepdesk.core.spark.cluster;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The class path the tests run with, split into the libraries (which a cluster has installed) and
 * the application's compiled classes (which a driver ships to the executors as a jar).
 *
 * <p>Threading: immutable.
 *
 * @param libraries   the jars of every dependency, Spark's included
 * @param appClasses  the folder of the application's compiled main classes
 */
record TestClassPath(List<String> libraries, Path appClasses) {

    /** The class path of this JVM: Surefire's test class path when run by Maven. */
    static TestClassPath current() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path appClasses = appClassesFolder();
        List<String> libraries = Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !Files.isDirectory(Path.of(entry)))
                .toList();
        return new TestClassPath(libraries, appClasses);
    }

    /** The libraries joined into one class-path string. */
    String librariesPath() {
        return String.join(File.pathSeparator, libraries);
    }

    /**
     * Writes the application's classes and resources into a jar, as {@code mvn package} would, so
     * that a driver can list it in {@code spark.jars} and the executors fetch it.
     */
    Path writeAppJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> files = Files.walk(appClasses)) {
            for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = appClasses.relativize(path).toString().replace(File.separatorChar, '/');
                out.putNextEntry(new JarEntry(name));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path appClassesFolder() {
        try {
            Path folder = Path.of(deepdesk.core.training.Trainer.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("expected the application's classes in a folder, found " + folder);
            }
            return folder;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
