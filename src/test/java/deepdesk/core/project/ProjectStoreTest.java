package deepdesk.core.project;

import deepdesk.core.training.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectStoreTest {

    @TempDir
    Path dir;

    @Test
    void aProjectWithRunsSurvivesARoundTrip() throws Exception {
        ProjectFile project = ProjectFixtures.irisProject(dir);
        Path file = dir.resolve("session.deepdesk");
        ProjectStore.write(file, project);
        ProjectFile read = ProjectStore.read(file);

        assertEquals(ProjectFile.CURRENT_FORMAT, read.formatVersion());
        assertEquals(project.dataset(), read.dataset());
        assertEquals(project.roles(), read.roles());
        assertEquals(project.preparation(), read.preparation());
        assertEquals(project.training(), read.training());
        assertSameRuns(project.runs(), read.runs());
        assertEquals(Map.of(2L, "longer"), read.runNames());
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        ProjectFile project = ProjectFixtures.irisProject(dir);
        Path file = dir.resolve("session.deepdesk");
        ProjectStore.write(file, project);
        ProjectFile shorter = project.withDataset(project.dataset());
        ProjectStore.write(file, new ProjectFile(1, "2026-02-01T00:00:00Z", shorter.dataset(),
                shorter.roles(), shorter.preparation(), shorter.training(), List.of(), null));

        assertTrue(ProjectStore.read(file).runs().isEmpty());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("iris.csv", "session.deepdesk"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFileThatIsNotJsonIsNotAProject() throws Exception {
        Path file = dir.resolve("notes.deepdesk");
        Files.writeString(file, "species,petal\nsetosa,1.4\n", StandardCharsets.UTF_8);
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.read(file));
        assertTrue(e.getMessage().contains("is not a DeepDesk project"), e.getMessage());
    }

    @Test
    void jsonOfAnotherKindIsNotAProject() throws Exception {
        Path file = dir.resolve("other.deepdesk");
        Files.writeString(file, "{\"formatVersion\": 1, \"name\": \"x\"}", StandardCharsets.UTF_8);
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.read(file));
        assertTrue(e.getMessage().endsWith("is not a DeepDesk project"), e.getMessage());
    }

    @Test
    void aNewerFormatAsksForANewerDeepDesk() throws Exception {
        Path file = dir.resolve("future.deepdesk");
        Files.writeString(file, "{\"kind\": \"deepdesk-project\", \"formatVersion\": 7}",
                StandardCharsets.UTF_8);
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.read(file));
        assertTrue(e.getMessage().contains("format 7 by a newer DeepDesk"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsReportedAsNotJson() throws Exception {
        Path file = dir.resolve("session.deepdesk");
        ProjectStore.write(file, ProjectFixtures.irisProject(dir));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.read(file));
        assertTrue(e.getMessage().contains("it is not JSON"), e.getMessage());
    }

    @Test
    void aProjectWithBrokenContentIsCorrupt() throws Exception {
        Path file = dir.resolve("broken.deepdesk");
        Files.writeString(file, "{\"kind\": \"deepdesk-project\", \"formatVersion\": 1,"
                + " \"savedAt\": \"2026-01-01T00:00:00Z\", \"preparation\": {\"trainPercent\": 90,"
                + " \"validationPercent\": 20, \"testPercent\": 0}}", StandardCharsets.UTF_8);
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.read(file));
        assertTrue(e.getMessage().contains("is corrupt"), e.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        ProjectException e = assertThrows(ProjectException.class,
                () -> ProjectStore.read(dir.resolve("absent.deepdesk")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    static void assertSameRuns(List<RunRecord> expected, List<RunRecord> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            RunRecord a = expected.get(i);
            RunRecord b = actual.get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.config(), b.config());
            assertEquals(a.epochs(), b.epochs());
            assertEquals(a.state(), b.state());
            assertEquals(a.reason(), b.reason());
            assertEquals(a.message(), b.message());
            assertEquals(a.bestEpoch(), b.bestEpoch());
            assertArrayEquals(a.bestWeights(), b.bestWeights());
        }
    }
}
