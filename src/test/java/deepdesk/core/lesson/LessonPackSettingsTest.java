package deepdesk.core.lesson;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonPackSettingsTest {

    @Test
    void absentSettingsTakeTheDefaultAndPresentOnesAreRead() {
        LessonPackSettings s = LessonPackSettings.of(Map.of("rate", " 0.5", "variant", "mini-batch",
                "seed", "12"));
        assertEquals(0.5, s.positive("rate", 1), 0);
        assertEquals(2.0, s.number("other", 2), 0);
        assertEquals(DescentVariant.MINI_BATCH, s.choice("variant", DescentVariant.class,
                DescentVariant.FULL_BATCH));
        assertEquals(12, s.whole("seed", 1, 0, 100));
    }

    @Test
    void aValueThatCannotBeUsedIsNamedWithItsSetting() {
        LessonPackSettings s = LessonPackSettings.of(Map.of("rate", "fast", "variant", "sideways",
                "seed", "-4", "step", "0"));
        assertMessage("the setting rate = \"fast\" is not a number",
                () -> s.number("rate", 1));
        assertMessage("the setting variant = \"sideways\" is not one of FULL_BATCH",
                () -> s.choice("variant", DescentVariant.class, DescentVariant.FULL_BATCH));
        assertMessage("the setting seed = \"-4\" must be from 0 to 9",
                () -> s.whole("seed", 1, 0, 9));
        assertMessage("the setting step = \"0\" must be above 0", () -> s.positive("step", 1));
    }

    @Test
    void flagsAndWholeNumbersOfEveryRangeAreRead() {
        LessonPackSettings s = LessonPackSettings.of(Map.of("early", " TRUE", "points", "16",
                "seed", "9000000000", "loud", "maybe", "big", "3000000000"));
        assertTrue(s.bool("early", false));
        assertEquals(false, s.bool("absent", false));
        assertEquals(16, s.integer("points", 1));
        assertEquals(9_000_000_000L, s.whole("seed", 1));
        assertMessage("the setting loud = \"maybe\" is neither true nor false", () -> s.bool("loud", false));
        assertMessage("the setting big = \"3000000000\" must be from", () -> s.integer("big", 1));
        assertEquals("the setting points = \"16\" is too many",
                s.refusal("points", "is too many").getMessage());
    }

    @Test
    void listsOfNumbersRoundTripExactly() {
        float[] values = {0.1f, -3.25e-7f, 1234567.9f, 0f};
        String text = LessonPackSettings.join(values);
        assertArrayEquals(values, LessonPackSettings.of(Map.of("x", text)).numbers("x"));
        assertMessage("the setting x = \"oops\" holds an entry that is not a number",
                () -> LessonPackSettings.of(Map.of("x", "1,oops")).numbers("x"));
    }

    private static void assertMessage(String start, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
