package deepdesk.core.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A "predict, then reveal" question of a lesson pack: the student picks an answer before the
 * lesson runs, then the reveal applies its settings, runs the lesson and explains the answer.
 *
 * <p>Threading: immutable.
 *
 * @param text           The question, such as "What happens to the loss if the learning rate is 3?"
 * @param choices        The answers to choose from: two to four short sentences.
 * @param answer         Which choice is right, counted from 0.
 * @param explanation    Why the right answer is right, shown after the reveal.
 * @param revealSettings Lesson settings applied over the pack's own before the reveal runs, such
 *                       as a learning rate of 3. Empty when the reveal runs the pack's settings.
 */
public record LessonPackQuestion(String text, List<String> choices, int answer,
                                 String explanation, Map<String, String> revealSettings) {

    /** The fewest answer choices a question has. */
    public static final int MIN_CHOICES = 2;
    /** The most answer choices a question has. */
    public static final int MAX_CHOICES = 4;

    /**
     * Checks the question and copies its parts.
     *
     * @throws IllegalArgumentException when the text is blank, there are not two to four
     *                                  non-blank choices, or the answer is not one of them
     */
    public LessonPackQuestion {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the question has no text");
        }
        if (choices == null || choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
            throw new IllegalArgumentException("the question \"" + text + "\" has "
                    + (choices == null ? 0 : choices.size()) + " answer choices; a question has "
                    + MIN_CHOICES + " to " + MAX_CHOICES);
        }
        for (String choice : choices) {
            if (choice == null || choice.isBlank()) {
                throw new IllegalArgumentException("the question \"" + text
                        + "\" has an empty answer choice");
            }
        }
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("the right answer of the question \"" + text
                    + "\" is choice " + answer + ", but the choices are numbered 0 to "
                    + (choices.size() - 1));
        }
        choices = List.copyOf(choices);
        explanation = explanation == null ? "" : explanation;
        revealSettings = LessonPack.orderedCopy(revealSettings);
    }

    /** This question's reveal settings over {@code base}: the settings the reveal runs with. */
    public Map<String, String> settingsOver(Map<String, String> base) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        merged.putAll(revealSettings);
        return Collections.unmodifiableMap(merged);
    }
}
