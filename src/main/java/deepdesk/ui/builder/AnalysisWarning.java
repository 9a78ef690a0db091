package deepdesk.ui.builder;

/**
 * A remark of the analyser on the network for the data: a warning when something will probably
 * go wrong, a note when something is merely worth knowing.
 *
 * <p>Threading: immutable.
 *
 * @param severity how much it matters
 * @param text     one or two plain sentences: what is the case and what to do about it
 */
public record AnalysisWarning(Severity severity, String text) {

    /** How much a remark matters. */
    public enum Severity {
        /** Worth knowing; nothing is wrong. */
        NOTE,
        /** Training will probably go badly unless something changes. */
        WARNING
    }

    static AnalysisWarning note(String text) {
        return new AnalysisWarning(Severity.NOTE, text);
    }

    static AnalysisWarning warning(String text) {
        return new AnalysisWarning(Severity.WARNING, text);
    }
}
