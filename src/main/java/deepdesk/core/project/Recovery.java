package deepdesk.core.project;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An autosaved session that was not saved by the user before the application ended.
 *
 * <p>Threading: immutable.
 *
 * @param project the autosaved session
 * @param origin  the project file the session was last saved to or opened from, or
 *                {@code null} for a session never saved
 * @param savedAt when the autosave was written
 */
public record Recovery(ProjectFile project, Path origin, Instant savedAt) {
}
