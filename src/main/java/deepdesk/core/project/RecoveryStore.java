package deepdesk.core.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The autosave of the open session, kept in one folder so that the next start can offer to
 * recover it after a crash. The folder is {@code ~/.deepdesk/recovery}, or the one named by the
 * system property {@value #DIRECTORY_PROPERTY}.
 *
 * <p>An autosave counts as pending when it is newer than the project file it belongs to (or
 * belongs to none); saving the project or closing normally calls {@link #clear()}.
 *
 * <p>Threading: does file I/O on the calling thread; callers serialise their calls (the
 * application uses one background thread).
 */
public final class RecoveryStore {

    /** The system property that overrides the recovery folder. */
    public static final String DIRECTORY_PROPERTY = "deepdesk.recovery.dir";

    private static final String PROJECT_FILE = "autosave." + ProjectStore.EXTENSION;
    private static final String ORIGIN_FILE = "autosave.origin";

    private final Path directory;

    /** A store in {@code directory}, created when first written. */
    public RecoveryStore(Path directory) {
        this.directory = directory;
    }

    /** The store in the folder the system property names, or {@code ~/.deepdesk/recovery}. */
    public static RecoveryStore standard() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".deepdesk", "recovery");
        return new RecoveryStore(dir);
    }

    /** The folder autosaves go to. */
    public Path directory() {
        return directory;
    }

    /**
     * Autosaves {@code project}.
     *
     * @param origin the project file it belongs to, or {@code null} for an unsaved session
     */
    public void save(ProjectFile project, Path origin) throws ProjectException {
        try {
            Files.createDirectories(directory);
            // decision: the origin goes first; a crash between the two writes leaves the
            // previous autosave with the new origin, which still points at the right project.
            Files.writeString(directory.resolve(ORIGIN_FILE),
                    origin == null ? "" : origin.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProjectException("cannot write the recovery file in " + directory + ": " + e, e);
        }
        ProjectStore.write(directory.resolve(PROJECT_FILE), project);
    }

    /**
     * The autosave to offer for recovery: present when one exists and is newer than the
     * project file it belongs to.
     *
     * @throws ProjectException when an autosave exists but cannot be read
     */
    public Optional<Recovery> pending() throws ProjectException {
        Path file = directory.resolve(PROJECT_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant savedAt = Files.getLastModifiedTime(file).toInstant();
            Path origin = readOrigin();
            if (origin != null && Files.isRegularFile(origin)
                    && !Files.getLastModifiedTime(origin).toInstant().isBefore(savedAt)) {
                return Optional.empty();
            }
            return Optional.of(new Recovery(ProjectStore.read(file), origin, savedAt));
        } catch (IOException e) {
            throw new ProjectException("cannot read the recovery file " + file + ": " + e, e);
        }
    }

    /** Deletes the autosave: the session was saved or closed normally. */
    public void clear() throws ProjectException {
        try {
            Files.deleteIfExists(directory.resolve(PROJECT_FILE));
            Files.deleteIfExists(directory.resolve(ORIGIN_FILE));
        } catch (IOException e) {
            throw new ProjectException("cannot delete the recovery file in " + directory + ": " + e, e);
        }
    }

    private Path readOrigin() throws IOException {
        Path originFile = directory.resolve(ORIGIN_FILE);
        if (!Files.isRegularFile(originFile)) {
            return null;
        }
        String text = Files.readString(originFile, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? null : Path.of(text);
    }
}
