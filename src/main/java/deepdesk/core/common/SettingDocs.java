package deepdesk.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation of each setting, as written once in the Javadoc {@code @param} tag of the
 * record component that declares it. The build collects those texts (see
 * {@link RecordDocsProcessor}); the UI shows them as tooltips.
 *
 * <p>Threading: immutable after class initialisation; safe from any thread.
 */
public final class SettingDocs {

    private static final String RESOURCE = "/deepdesk/setting-docs.properties";
    private static final Pattern LINK =
            Pattern.compile("\\{@link(?:plain)?\\s+([^}\\s]+)(?:\\s+([^}]*))?}");
    private static final Properties DOCS = load();

    private SettingDocs() {
    }

    /**
     * The documentation of one record component.
     *
     * @param type      the record class
     * @param component the component's name
     * @return its {@code @param} text, or the empty string when it has none
     */
    public static String describe(Class<? extends Record> type, String component) {
        return DOCS.getProperty(type.getName() + "." + component, "");
    }

    /** Whether any documentation was found (false when the build step did not run). */
    public static boolean isAvailable() {
        return !DOCS.isEmpty();
    }

    /**
     * Turns Javadoc text into a plain sentence: inline tags become their text, HTML tags and
     * line breaks with their leading asterisks disappear, runs of white space become one space.
     */
    static String plainText(String javadoc) {
        String text = javadoc.replaceAll("\\{@(?:code|literal)\\s+([^}]*)}", "$1");
        text = LINK.matcher(text).replaceAll(m -> {
            String label = m.group(2);
            if (label != null && !label.isBlank()) {
                return label.trim();
            }
            String target = m.group(1);
            int hash = target.indexOf('#');
            String simple = hash >= 0 ? target.substring(hash + 1)
                    : target.substring(target.lastIndexOf('.') + 1);
            return Matcher.quoteReplacement(simple);
        });
        return text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = SettingDocs.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
