package deepdesk.core.lesson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonPackStoreTest {

    private static final Set<String> LESSONS = Set.of("regression", "neuron");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "deepdesk", "core",
            "lesson", "learning-rate-v1.ddlesson");

    @TempDir
    Path dir;

    @Test
    void aPackSurvivesTheRoundTripWithItsSettingsInOrder() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("learning-rate", "0.1");
        settings.put("data", "generated");
        settings.put("data.seed", "42");
        LessonPack pack = LessonPack.of("regression", "Steps", "Press Play.", settings,
                List.of("data"), List.of("learning-rate", "variant"),
                List.of(new LessonPackQuestion("What if α = 3?", List.of("Faster", "Diverges"), 1,
                        "It overshoots.", Map.of("learning-rate", "3"))));
        Path file = dir.resolve("sub").resolve("steps.ddlesson");

        LessonPackStore.write(file, pack);
        LessonPack read = LessonPackStore.read(file, LESSONS);

        assertEquals(pack, read);
        assertEquals(List.of("learning-rate", "data", "data.seed"), List.copyOf(read.settings().keySet()));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file stays behind");
        }
    }

    @Test
    void theFormatOneGoldenFileStillOpens() throws Exception {
        LessonPack pack = LessonPackStore.read(GOLDEN, LESSONS);

        assertEquals(1, pack.formatVersion());
        assertEquals("regression", pack.lesson());
        assertEquals("How big a step?", pack.title());
        assertEquals("7", pack.settings().get("data.seed"));
        assertEquals("MINI_BATCH", pack.settings().get("variant"));
        assertEquals("-0.8", pack.settings().get("start.w"));
        assertEquals(List.of("data", "verdict"), pack.hiddenControls());
        assertEquals(List.of("learning-rate"), pack.lockedControls());
        LessonPackQuestion question = pack.questions().get(0);
        assertEquals(3, question.choices().size());
        assertEquals(2, question.answer());
        assertEquals("3", question.settingsOver(pack.settings()).get("learning-rate"));
        assertEquals("7", question.settingsOver(pack.settings()).get("data.seed"));
    }

    @Test
    void brokenJsonNamesTheLine() throws Exception {
        Path file = write("{\n  \"kind\" : \"deepdesk-lesson\",\n  \"formatVersion\" : 1,\n  \"lesson\" : \n}");
        LessonPackException e = assertThrows(LessonPackException.class,
                () -> LessonPackStore.read(file, LESSONS));
        assertTrue(e.getMessage().contains("not valid JSON") && e.getMessage().contains("line 5"),
                e.getMessage());
    }

    @Test
    void anotherKindOfJsonIsNotALessonPack() throws Exception {
        Path file = write("{\"kind\": \"deepdesk-project\", \"formatVersion\": 1}");
        LessonPackException e = assertThrows(LessonPackException.class,
                () -> LessonPackStore.read(file, LESSONS));
        assertTrue(e.getMessage().contains("is not a lesson pack"), e.getMessage());
    }

    @Test
    void aNewerFormatAsksForANewerDeepDesk() throws Exception {
        Path file = write("{\"kind\": \"deepdesk-lesson\", \"formatVersion\": 9, \"lesson\": \"regression\"}");
        LessonPackException e = assertThrows(LessonPackException.class,
                () -> LessonPackStore.read(file, LESSONS));
        assertTrue(e.getMessage().contains("format 9") && e.getMessage().contains("newer DeepDesk"),
                e.getMessage());
    }

    @Test
    void anUnknownLessonIsNamedWithTheLessonsThereAre() throws Exception {
        Path file = write("{\"kind\": \"deepdesk-lesson\", \"formatVersion\": 1, \"lesson\": \"transformers\"}");
        LessonPackException e = assertThrows(LessonPackException.class,
                () -> LessonPackStore.read(file, LESSONS));
        assertTrue(e.getMessage().contains("\"transformers\"") && e.getMessage().contains("\"neuron\""),
                e.getMessage());
    }

    @Test
    void anInvalidQuestionIsNamedByItsPlaceAndProblem() throws Exception {
        Path file = write("{\"kind\": \"deepdesk-lesson\", \"formatVersion\": 1, \"lesson\": \"neuron\","
                + " \"questions\": [{\"text\": \"Q1\", \"choices\": [\"a\", \"b\"], \"answer\": 0},"
                + " {\"text\": \"Q2\", \"choices\": [\"a\", \"b\", \"c\", \"d\", \"e\"], \"answer\": 0}]}");
        LessonPackException e = assertThrows(LessonPackException.class,
                () -> LessonPackStore.read(file, LESSONS));
        assertTrue(e.getMessage().contains("questions[1]") && e.getMessage().contains("5 answer choices"),
                e.getMessage());
    }

    @Test
    void aRightAnswerOutsideTheChoicesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LessonPackQuestion("Which?", List.of("a", "b"), 2, "", Map.of()));
        assertTrue(e.getMessage().contains("choice 2"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("absent.ddlesson");
        LessonPackException e = assertThrows(LessonPackException.class,
                () -> LessonPackStore.read(missing, LESSONS));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private Path write(String json) throws Exception {
        Path file = dir.resolve("pack.ddlesson");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
