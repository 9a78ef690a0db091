package deepdesk.core.evaluation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Map;

/**
 * The result of evaluating a model on some rows: classification or regression metrics.
 *
 * <p>Threading: immutable.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "task")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ClassificationEvaluation.class, name = "classification"),
        @JsonSubTypes.Type(value = RegressionEvaluation.class, name = "regression")})
public sealed interface Evaluation permits ClassificationEvaluation, RegressionEvaluation {

    /** The number of rows evaluated. */
    int rows();

    /** The headline numbers by name, in display order (such as accuracy, or RMSE and R²). */
    Map<String, Double> headline();
}
