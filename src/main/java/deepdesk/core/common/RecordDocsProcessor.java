package deepdesk.core.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * A build-time annotation processor that collects the Javadoc {@code @param} text of every record
 * component into a properties file, so that the UI can show as a tooltip exactly the text that
 * documents a setting in the code (see {@link SettingDocs}).
 *
 * <p>It runs in a second, processing-only pass of the compiler (configured in the pom) and writes
 * the file named by the {@code deepdesk.settingDocs} option.
 *
 * <p>Threading: used by the compiler on its own thread; not part of the running application.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(RecordDocsProcessor.OUTPUT_OPTION)
public final class RecordDocsProcessor extends AbstractProcessor {

    /** The processor option naming the properties file to write. */
    public static final String OUTPUT_OPTION = "deepdesk.settingDocs";

    private static final Pattern PARAM = Pattern.compile(
            "@param\\s+(\\w+)\\s+(.*?)(?=\\n\\s*@|\\z)", Pattern.DOTALL);

    private final Map<String, String> docs = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            collect(root);
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    private void collect(Element element) {
        if (element.getKind() == ElementKind.RECORD) {
            String comment = processingEnv.getElementUtils().getDocComment(element);
            if (comment != null) {
                String type = processingEnv.getElementUtils()
                        .getBinaryName((TypeElement) element).toString();
                Matcher m = PARAM.matcher(comment);
                while (m.find()) {
                    docs.put(type + "." + m.group(1), SettingDocs.plainText(m.group(2)));
                }
            }
        }
        for (Element child : element.getEnclosedElements()) {
            if (child.getKind().isClass() || child.getKind().isInterface()) {
                collect(child);
            }
        }
    }

    private void write() {
        String target = processingEnv.getOptions().get(OUTPUT_OPTION);
        if (target == null) {
            return;
        }
        StringBuilder out = new StringBuilder("# Generated from record Javadoc @param tags.\n");
        docs.forEach((key, text) -> out.append(key).append('=')
                .append(escape(text)).append('\n'));
        try {
            Path path = Path.of(target);
            Files.createDirectories(path.getParent());
            Files.writeString(path, out, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
