package deepdesk.core.lesson;

import java.util.Locale;
import java.util.Map;

/**
 * Reads a lesson's settings from the plain-text values of a lesson pack, refusing a value it
 * cannot use with a message that names the setting and the value. A setting that is absent takes
 * the default the caller gives, so a pack written before a setting existed still opens.
 *
 * <p>Threading: immutable.
 */
public final class LessonPackSettings {

    private final Map<String, String> values;

    private LessonPackSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Reads {@code values}. */
    public static LessonPackSettings of(Map<String, String> values) {
        return new LessonPackSettings(values);
    }

    /** The text of {@code key}, or {@code fallback} when it is absent. */
    public String text(String key, String fallback) {
        return values.getOrDefault(key, fallback).strip();
    }

    /** A finite number. */
    public double number(String key, double fallback) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw refused(key, text, "is not a number");
    }

    /** A finite number from {@code min} to {@code max}. */
    public double between(String key, double fallback, double min, double max) {
        double value = number(key, fallback);
        if (value < min || value > max) {
            throw refused(key, values.get(key), "must be from " + min + " to " + max);
        }
        return value;
    }

    /** A number above zero. */
    public double positive(String key, double fallback) {
        double value = number(key, fallback);
        if (!(value > 0)) {
            throw refused(key, values.get(key), "must be above 0");
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}. */
    public long whole(String key, long fallback, long min, long max) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw refused(key, text, "is not a whole number");
        }
        if (value < min || value > max) {
            throw refused(key, text, "must be from " + min + " to " + max);
        }
        return value;
    }

    /** A whole number within the range of an {@code int}. */
    public int integer(String key, int fallback) {
        return (int) whole(key, fallback, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number of any size. */
    public long whole(String key, long fallback) {
        return whole(key, fallback, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** {@code true} or {@code false}, in any letter case. */
    public boolean bool(String key, boolean fallback) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        String flag = text.strip();
        if (flag.equalsIgnoreCase("true") || flag.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(flag);
        }
        throw refused(key, text, "is neither true nor false");
    }

    /** One of the constants of {@code type}, by name, in any letter case. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(constant.name());
        }
        throw refused(key, text, "is not one of " + known);
    }

    /** A comma-separated list of finite numbers, as {@link #join(float[])} writes it. */
    public float[] numbers(String key) {
        String text = values.get(key);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the setting " + key + " is missing");
        }
        String[] parts = text.split(",");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Float.parseFloat(parts[i].strip());
            } catch (NumberFormatException e) {
                throw refused(key, parts[i], "holds an entry that is not a number");
            }
            if (!Float.isFinite(out[i])) {
                throw refused(key, parts[i], "holds an entry that is not finite");
            }
        }
        return out;
    }

    /** Writes {@code values} as {@link #numbers(String)} reads them, each exactly. */
    public static String join(float[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(values[i]);
        }
        return text.toString();
    }

    /**
     * The refusal of the value of {@code key}, for a check the caller makes itself.
     *
     * @param problem what is wrong, such as "is not a list of features"
     */
    public IllegalArgumentException refusal(String key, String problem) {
        return refused(key, values.get(key), problem);
    }

    private static IllegalArgumentException refused(String key, String value, String problem) {
        return new IllegalArgumentException("the setting " + key + " = \"" + value + "\" "
                + problem);
    }
}
