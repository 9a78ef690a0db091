package deepdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the application remembers between runs: window bounds, theme and recent files, kept with
 * {@link java.util.prefs} under the node named by the system property {@code deepdesk.prefs.node}
 * (default {@code deepdesk}), so tests can use a node of their own.
 *
 * <p>Threading: FX thread only.
 */
public final class AppPreferences {

    /** How many recent files are kept. */
    public static final int RECENT_LIMIT = 8;

    /** The window's position and size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences node;

    /** Opens the node named by {@code deepdesk.prefs.node}. */
    public AppPreferences() {
        this(Preferences.userRoot().node(System.getProperty("deepdesk.prefs.node", "deepdesk")));
    }

    /** Uses {@code node}. */
    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The remembered window bounds, or {@code null} when none were saved. */
    public WindowBounds windowBounds() {
        double width = node.getDouble("window.width", -1);
        if (width <= 0) {
            return null;
        }
        return new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0),
                width, node.getDouble("window.height", 800), node.getBoolean("window.maximized", false));
    }

    /** Remembers the window bounds. */
    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
    }

    /** Whether the dark theme was chosen. */
    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    /** Remembers the theme. */
    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** Recently opened files, newest first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String value = node.get("recent." + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first in the recent files, dropping the oldest beyond the limit. */
    public void addRecentFile(Path file) {
        List<Path> files = recentFiles();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    /** Forgets the recent files. */
    public void clearRecentFiles() {
        for (int i = 0; i < RECENT_LIMIT; i++) {
            node.remove("recent." + i);
        }
    }

    /** Writes pending changes to the backing store; failures are ignored (preferences are a convenience). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.getLogger(AppPreferences.class.getName())
                    .log(System.Logger.Level.WARNING, "could not save preferences", e);
        }
    }
}
