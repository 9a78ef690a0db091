package deepdesk.core.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import deepdesk.core.common.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes project files. A write goes to a temporary file beside the target, is
 * flushed to disk and then renamed over it, so a crash leaves either the old file or the new
 * one, never half of one. A read names what is wrong: not a project, a newer format, or corrupt
 * content.
 *
 * <p>Threading: stateless and thread-safe; does file I/O on the calling thread.
 */
public final class ProjectStore {

    /** The extension of project files, without the dot. */
    public static final String EXTENSION = "deepdesk";

    private static final String FORMAT_FIELD = "formatVersion";
    private static final String KIND_FIELD = "kind";
    private static final String KIND = "deepdesk-project";

    // decision: unknown properties are ignored so that a file written by a newer build of the
    // same format version (which may only add fields) still opens here.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private ProjectStore() {
    }

    /** Writes {@code project} to {@code file} atomically, creating its folder if needed. */
    public static void write(Path file, ProjectFile project) throws ProjectException {
        byte[] bytes;
        try {
            ObjectNode tree = MAPPER.createObjectNode();
            tree.put(KIND_FIELD, KIND);
            tree.setAll((ObjectNode) MAPPER.valueToTree(project));
            bytes = MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProjectException("cannot encode the project for " + file + ": "
                    + e.getMessage(), e);
        }
        try {
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ProjectException("cannot write the project " + file + ": " + e, e);
        }
    }

    /**
     * Reads the project in {@code file}, upgrading an older format to the current one.
     *
     * @throws ProjectException when the file is missing or unreadable, is not a DeepDesk
     *                          project, was written by a newer version, or is corrupt
     */
    public static ProjectFile read(Path file) throws ProjectException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectException("the project " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ProjectException("cannot read the project " + file + ": " + e, e);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new ProjectException(file + " is not a DeepDesk project: it is not JSON ("
                    + firstLine(e) + ")", e);
        }
        if (tree == null || !tree.isObject() || !KIND.equals(tree.path(KIND_FIELD).asText())
                || !tree.path(FORMAT_FIELD).isInt()) {
            throw new ProjectException(file + " is not a DeepDesk project");
        }
        int version = tree.get(FORMAT_FIELD).asInt();
        if (version > ProjectFile.CURRENT_FORMAT) {
            throw new ProjectException(file + " was saved in project format " + version
                    + " by a newer DeepDesk; this version reads formats up to "
                    + ProjectFile.CURRENT_FORMAT + ". Update DeepDesk to open it.");
        }
        if (version < 1) {
            throw new ProjectException(file + " has an invalid project format " + version);
        }
        try {
            ProjectFile read = MAPPER.treeToValue(tree, ProjectFile.class);
            return new ProjectFile(ProjectFile.CURRENT_FORMAT, read.savedAt(), read.dataset(),
                    read.roles(), read.preparation(), read.training(), read.runs(), read.runNames());
        } catch (IOException | IllegalArgumentException e) {
            throw new ProjectException("the project " + file + " is corrupt: "
                    + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
