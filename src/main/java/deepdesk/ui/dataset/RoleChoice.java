package deepdesk.ui.dataset;

import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.TaskKind;

import java.util.Map;

/**
 * The roles of a dataset's columns, its target and the task it sets.
 *
 * <p>Threading: immutable.
 *
 * @param target the target column's name, or {@code null} when there is none
 * @param roles  a role per column name
 * @param task   what predicting the target is
 */
public record RoleChoice(String target, Map<String, ColumnRole> roles, TaskKind task) {

    /** Copies the map. */
    public RoleChoice {
        roles = Map.copyOf(roles);
    }
}
