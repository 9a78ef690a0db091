package deepdesk.core.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepdesk.core.common.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Reads and writes lesson packs ({@code *.ddlesson}, JSON). A write is atomic: a crash leaves the
 * old file or the new one. A read names what is wrong: not JSON, not a lesson pack, a newer
 * format, a lesson this build does not have, or which part of the pack is invalid.
 *
 * <p>Threading: stateless and thread-safe; does file I/O on the calling thread.
 */
public final class LessonPackStore {

    /** The extension of lesson packs, without the dot. */
    public static final String EXTENSION = "ddlesson";

    private static final String FORMAT_FIELD = "formatVersion";
    private static final String KIND_FIELD = "kind";
    private static final String KIND = "deepdesk-lesson";

    // decision: unknown fields are ignored so that a pack written by a newer build of the same
    // format version (which may only add fields) still opens.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private LessonPackStore() {
    }

    /** Writes {@code pack} to {@code file} atomically, creating its folder if needed. */
    public static void write(Path file, LessonPack pack) throws LessonPackException {
        byte[] bytes;
        try {
            ObjectNode tree = MAPPER.createObjectNode();
            tree.put(KIND_FIELD, KIND);
            tree.setAll((ObjectNode) MAPPER.valueToTree(pack));
            bytes = MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new LessonPackException("cannot encode the lesson pack for " + file + ": "
                    + e.getMessage(), e);
        }
        try {
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new LessonPackException("cannot write the lesson pack " + file + ": " + e, e);
        }
    }

    /**
     * Reads the lesson pack in {@code file}.
     *
     * @param knownLessons the names of the lessons this build has
     * @throws LessonPackException when the file is missing or unreadable, is not JSON or not a
     *                             lesson pack, was written by a newer version, opens a lesson
     *                             not in {@code knownLessons}, or has an invalid part
     */
    public static LessonPack read(Path file, Collection<String> knownLessons)
            throws LessonPackException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LessonPackException("the lesson pack " + file + " does not exist", e);
        } catch (IOException e) {
            throw new LessonPackException("cannot read the lesson pack " + file + ": " + e, e);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new LessonPackException(file + " is not a lesson pack: it is not valid JSON ("
                    + e.getOriginalMessage() + " at line " + line(e) + ")", e);
        } catch (IOException e) {
            throw new LessonPackException("cannot read the lesson pack " + file + ": " + e, e);
        }
        if (tree == null || !tree.isObject() || !KIND.equals(tree.path(KIND_FIELD).asText())) {
            throw new LessonPackException(file + " is not a lesson pack: its \"" + KIND_FIELD
                    + "\" is not \"" + KIND + "\"");
        }
        if (!tree.path(FORMAT_FIELD).isInt()) {
            throw new LessonPackException(file + " has no whole-number \"" + FORMAT_FIELD + "\"");
        }
        int version = tree.get(FORMAT_FIELD).asInt();
        if (version > LessonPack.CURRENT_FORMAT) {
            throw new LessonPackException(file + " was saved in lesson pack format " + version
                    + " by a newer DeepDesk; this version reads formats up to "
                    + LessonPack.CURRENT_FORMAT + ". Update DeepDesk to open it.");
        }
        if (version < 1) {
            throw new LessonPackException(file + " has an invalid lesson pack format " + version);
        }
        LessonPack pack;
        try {
            pack = MAPPER.treeToValue(tree, LessonPack.class);
        } catch (JsonMappingException e) {
            throw new LessonPackException("the lesson pack " + file + " is invalid"
                    + where(e) + ": " + reason(e), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new LessonPackException("the lesson pack " + file + " is invalid: "
                    + e.getMessage(), e);
        }
        if (!knownLessons.contains(pack.lesson())) {
            throw new LessonPackException(file + " opens the lesson \"" + pack.lesson()
                    + "\", which this version of DeepDesk does not have (it has "
                    + knownLessons.stream().map(n -> "\"" + n + "\"")
                            .collect(Collectors.joining(", ")) + ")");
        }
        return pack;
    }

    private static long line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /** The path of the invalid part, such as " in questions[1]", or nothing at the top. */
    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : " in " + path;
    }

    /** The check that failed, as the record's constructor worded it, or Jackson's first line. */
    private static String reason(JsonMappingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
