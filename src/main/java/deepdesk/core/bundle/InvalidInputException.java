package deepdesk.core.bundle;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prediction inputs that do not match the model's input schema; lists every problem found.
 *
 * <p>Threading: immutable.
 */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 10;

    private final transient List<InputProblem> problems;

    /** An error for the given problems (at least one). */
    public InvalidInputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in input order. */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        String listed = problems.stream().limit(LISTED).map(InputProblem::describe)
                .collect(Collectors.joining("; "));
        return problems.size() > LISTED
                ? listed + "; and " + (problems.size() - LISTED) + " more problems" : listed;
    }
}
