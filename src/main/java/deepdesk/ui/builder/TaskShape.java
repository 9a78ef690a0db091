package deepdesk.ui.builder;

import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.TaskKind;
import java.util.List;

/**
 * What the prepared data asks of a network: how many inputs, and what the output must predict.
 *
 * <p>Threading: immutable.
 *
 * @param task         regression or classification
 * @param classes      for classification the number of classes, else 0
 * @param targetWidth  for regression the number of values predicted per row, else 1
 * @param featureNames the name of each input feature after encoding, in order
 */
record TaskShape(TaskKind task, int classes, int targetWidth, List<String> featureNames) {

    TaskShape {
        featureNames = List.copyOf(featureNames);
    }

    /** The shape of {@code data}. */
    static TaskShape of(PreparedData data) {
        return new TaskShape(data.task(), data.task() == TaskKind.CLASSIFICATION ? data.classNames().size() : 0,
                data.train().targetWidth(), data.featureNames());
    }

    /** Number of input features. */
    int inputWidth() {
        return featureNames.size();
    }

    /** Whether the task is classification with exactly two classes. */
    boolean isBinary() {
        return task == TaskKind.CLASSIFICATION && classes == 2;
    }

    /** Whether the task is classification with more than two classes. */
    boolean isMultiClass() {
        return task == TaskKind.CLASSIFICATION && classes > 2;
    }

    /** Number of output units the network needs. */
    int outputWidth() {
        if (isMultiClass()) {
            return classes;
        }
        return task == TaskKind.CLASSIFICATION ? 1 : targetWidth;
    }
}
