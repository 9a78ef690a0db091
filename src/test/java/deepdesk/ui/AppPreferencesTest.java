package deepdesk.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preferences round-trip under a node of the tests' own. */
class AppPreferencesTest {

    private final Preferences node = Preferences.userRoot()
            .node(System.getProperty("deepdesk.prefs.node", "deepdesk-test") + "-preferences-test");
    private final AppPreferences preferences = new AppPreferences(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void testsRunUnderTheTestNode() {
        assertEquals("deepdesk-test", System.getProperty("deepdesk.prefs.node"));
    }

    @Test
    void windowBoundsAndThemeAreRemembered() {
        assertNull(preferences.windowBounds());
        preferences.setWindowBounds(new AppPreferences.WindowBounds(10, 20, 1200, 700, true));
        preferences.setDarkTheme(true);

        AppPreferences reopened = new AppPreferences(node);
        assertEquals(new AppPreferences.WindowBounds(10, 20, 1200, 700, true), reopened.windowBounds());
        assertTrue(reopened.darkTheme());
    }

    @Test
    void recentFilesAreNewestFirstWithoutRepeatsAndLimited() {
        for (int i = 0; i < AppPreferences.RECENT_LIMIT + 2; i++) {
            preferences.addRecentFile(Path.of("target", "file" + i + ".csv"));
        }
        preferences.addRecentFile(Path.of("target", "file5.csv"));

        List<Path> recent = preferences.recentFiles();
        assertEquals(AppPreferences.RECENT_LIMIT, recent.size());
        assertEquals(Path.of("target", "file5.csv").toAbsolutePath(), recent.get(0));
        assertEquals(Path.of("target", "file9.csv").toAbsolutePath(), recent.get(1));
        assertEquals(recent.size(), recent.stream().distinct().count());

        preferences.clearRecentFiles();
        assertTrue(preferences.recentFiles().isEmpty());
    }
}
