package deepdesk.core.project;

import deepdesk.core.prep.PreparationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    private final ProjectFile empty = ProjectFile.of("2026-01-01T00:00:00Z", null, null,
            PreparationSettings.defaults().withSeed(99), null, List.of(), Map.of());

    @Test
    void anAutosaveOfAnUnsavedSessionIsOffered() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        assertTrue(store.pending().isEmpty());
        store.save(empty, null);

        Recovery recovery = store.pending().orElseThrow();
        assertNull(recovery.origin());
        assertEquals(99, recovery.project().preparation().seed());
        store.clear();
        assertTrue(store.pending().isEmpty());
    }

    @Test
    void anAutosaveOlderThanItsProjectIsNotOffered() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path project = dir.resolve("p.deepdesk");
        ProjectStore.write(project, empty);
        store.save(empty, project);
        Path autosave = store.directory().resolve("autosave.deepdesk");
        Instant now = Instant.now();
        Files.setLastModifiedTime(autosave, FileTime.from(now.minusSeconds(60)));
        Files.setLastModifiedTime(project, FileTime.from(now));
        assertTrue(store.pending().isEmpty(), "the project was saved after the autosave");

        Files.setLastModifiedTime(autosave, FileTime.from(now.plusSeconds(60)));
        Optional<Recovery> pending = store.pending();
        assertEquals(project.toAbsolutePath(), pending.orElseThrow().origin());
    }

    @Test
    void theSystemPropertyChoosesTheFolder() {
        String before = System.getProperty(RecoveryStore.DIRECTORY_PROPERTY);
        try {
            System.setProperty(RecoveryStore.DIRECTORY_PROPERTY, dir.toString());
            assertEquals(dir, RecoveryStore.standard().directory());
        } finally {
            if (before == null) {
                System.clearProperty(RecoveryStore.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(RecoveryStore.DIRECTORY_PROPERTY, before);
            }
        }
    }
}
