package deepdesk.core.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson as a teacher prepared it: the content of a {@code *.ddlesson} file. Students who open
 * it see that lesson with exactly these settings, with some controls hidden or locked, short
 * instructions, and questions to answer before the lesson runs.
 *
 * <p>Threading: immutable.
 *
 * @param formatVersion  The version of the file layout; {@link #CURRENT_FORMAT} when written by
 *                       this build.
 * @param lesson         Which lesson the pack opens, by its stable name, such as "regression".
 * @param title          A short title shown above the instructions. May be empty.
 * @param instructions   What the students should do, in a few sentences. May be empty.
 * @param settings       The lesson's settings (data and seed, network, hyperparameters), each
 *                       as a key and a plain-text value, in the order the lesson wrote them.
 * @param hiddenControls The controls students do not see, by their stable names.
 * @param lockedControls The controls students see but cannot change, by their stable names.
 * @param questions      The "predict, then reveal" questions, asked in this order before the
 *                       lesson runs. May be empty.
 */
public record LessonPack(int formatVersion, String lesson, String title, String instructions,
                         Map<String, String> settings, List<String> hiddenControls,
                         List<String> lockedControls, List<LessonPackQuestion> questions) {

    /** The format this build writes. */
    public static final int CURRENT_FORMAT = 1;

    /**
     * Checks the version and the lesson name and copies the parts; a missing part is empty.
     *
     * @throws IllegalArgumentException when the version is below 1 or the lesson is not named
     */
    public LessonPack {
        if (formatVersion < 1) {
            throw new IllegalArgumentException("format version must be 1 or more, not "
                    + formatVersion);
        }
        if (lesson == null || lesson.isBlank()) {
            throw new IllegalArgumentException("the pack does not say which lesson it opens");
        }
        title = title == null ? "" : title;
        instructions = instructions == null ? "" : instructions;
        settings = orderedCopy(settings);
        hiddenControls = hiddenControls == null ? List.of() : List.copyOf(hiddenControls);
        lockedControls = lockedControls == null ? List.of() : List.copyOf(lockedControls);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A pack in the current format. */
    public static LessonPack of(String lesson, String title, String instructions,
                                Map<String, String> settings, List<String> hiddenControls,
                                List<String> lockedControls, List<LessonPackQuestion> questions) {
        return new LessonPack(CURRENT_FORMAT, lesson, title, instructions, settings,
                hiddenControls, lockedControls, questions);
    }

    /** An unmodifiable copy that keeps the order of {@code map}; empty for {@code null}. */
    static Map<String, String> orderedCopy(Map<String, String> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException("the setting " + key + " has no value");
            }
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
