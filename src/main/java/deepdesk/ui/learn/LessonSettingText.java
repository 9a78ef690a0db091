package deepdesk.ui.learn;

import java.util.Map;

/**
 * Reads the plain-text settings of a lesson pack: a key that is missing keeps the lesson's
 * current value, and a value that is not a number of the right kind is refused with the key and
 * the value in the message.
 *
 * <p>Threading: stateless; any thread.
 */
final class LessonSettingText {

    private LessonSettingText() {
    }

    /** A whole number of at most int range, or {@code fallback} when the key is missing. */
    static int integer(Map<String, String> settings, String key, int fallback) {
        String text = settings.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw refused(key, text, "a whole number");
        }
    }

    /** A whole number, or {@code fallback} when the key is missing. */
    static long whole(Map<String, String> settings, String key, long fallback) {
        String text = settings.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw refused(key, text, "a whole number");
        }
    }

    /** A finite number, or {@code fallback} when the key is missing. */
    static double number(Map<String, String> settings, String key, double fallback) {
        String text = settings.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the key
        }
        throw refused(key, text, "a number");
    }

    /** {@code true} or {@code false}, or {@code fallback} when the key is missing. */
    static boolean bool(Map<String, String> settings, String key, boolean fallback) {
        String text = settings.get(key);
        if (text == null) {
            return fallback;
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t);
        }
        throw refused(key, text, "true or false");
    }

    /** One constant of {@code type} by its name, or {@code fallback} when the key is missing. */
    static <E extends Enum<E>> E choice(Map<String, String> settings, String key, Class<E> type,
                                        E fallback) {
        String text = settings.get(key);
        if (text == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        throw refused(key, text, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** The refusal for a value that cannot be used. */
    static IllegalArgumentException refused(String key, String value, String expected) {
        return new IllegalArgumentException("setting '" + key + "' must be " + expected + ", not '"
                + value + "'");
    }
}
