package deepdesk.core.prep;

import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static deepdesk.core.prep.TestColumns.categorical;
import static deepdesk.core.prep.TestColumns.dataset;
import static deepdesk.core.prep.TestColumns.numeric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasetRolesTest {

    @Test
    void aColumnNamedLikeATargetWinsOverTheLastColumn() {
        Dataset data = dataset(categorical("Species", "a", "b", "a", "b"),
                numeric("width", 1, 2, 3, 4), numeric("height", 4, 3, 2, 1));

        DatasetRoles roles = DatasetRoles.suggest(data);

        assertEquals("Species", roles.target());
        assertEquals(TaskKind.CLASSIFICATION, roles.task());
        assertEquals(List.of("width", "height"), roles.inputs());
    }

    @Test
    void withoutATargetNameTheLastUsableColumnIsTheTarget() {
        Dataset data = dataset(numeric("a", 1, 2, 3, 4), numeric("price", 1.5, 2.5, 3.5, 9.25),
                categorical("comment", ColumnType.TEXT, "x", "y", "z", "w"));

        DatasetRoles roles = DatasetRoles.suggest(data);

        assertEquals("price", roles.target());
        assertEquals(TaskKind.REGRESSION, roles.task());
        assertEquals(ColumnRole.IGNORE, roles.role("comment"));
    }

    @Test
    void textIdentifierAndConstantColumnsAreIgnored() {
        Dataset data = dataset(categorical("id", ColumnType.IDENTIFIER, "1", "2", "3", "4"),
                categorical("name", ColumnType.TEXT, "ab", "cd", "ef", "gh"),
                new NumericColumn("always", ColumnType.CONSTANT, new double[] {7, 7, 7, 7}),
                numeric("x", 1, 2, 3, 4), categorical("colour", "r", "g", "r", "g"),
                numeric("target", 0.5, 0.25, 0.125, 1));

        DatasetRoles roles = DatasetRoles.suggest(data);

        assertEquals(ColumnRole.IGNORE, roles.role("id"));
        assertEquals(ColumnRole.IGNORE, roles.role("name"));
        assertEquals(ColumnRole.IGNORE, roles.role("always"));
        assertEquals(List.of("x", "colour"), roles.inputs());
        assertEquals("target", roles.target());
    }

    @Test
    void aNumericTargetOfFewSmallIntegersMeansClasses() {
        double[] digits = new double[100];
        double[] prices = new double[100];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = i % 10;
            prices[i] = i * 1.5;
        }
        assertEquals(TaskKind.CLASSIFICATION, DatasetRoles.suggestTask(numeric("digit", digits)));
        assertEquals(TaskKind.REGRESSION, DatasetRoles.suggestTask(numeric("price", prices)));
        assertEquals(TaskKind.REGRESSION,
                DatasetRoles.suggestTask(numeric("year", 1970, 1971, 1970, 1971)),
                "large integers such as years are numbers, not classes");
        assertEquals(TaskKind.REGRESSION, DatasetRoles.suggestTask(numeric("n", 1, 2, 3, 4)),
                "integers that never repeat are not classes");
    }

    @Test
    void aKnownTargetIsUsedAndTheOldTargetGoesBackToInput() {
        Dataset data = dataset(numeric("mpg", 18, 15, Double.NaN, 16),
                numeric("weight", 3504, 3693, 3436, 3433), categorical("origin", "USA", "EU",
                        "USA", "Japan"));

        DatasetRoles roles = DatasetRoles.suggest(data, "mpg");
        assertEquals("mpg", roles.target());
        assertEquals(TaskKind.REGRESSION, roles.task());

        DatasetRoles changed = roles.withTarget(data, "origin");
        assertEquals("origin", changed.target());
        assertEquals(TaskKind.CLASSIFICATION, changed.task());
        assertEquals(ColumnRole.INPUT, changed.role("mpg"));
        assertEquals(List.of("mpg", "weight"), changed.inputs());
    }

    @Test
    void rolesAndTaskCanBeOverridden() {
        Dataset data = dataset(numeric("x", 1, 2, 3, 4), numeric("y", 1, 2, 1, 2));
        DatasetRoles roles = DatasetRoles.suggest(data);
        assertEquals(TaskKind.CLASSIFICATION, roles.task());

        DatasetRoles regression = roles.withTask(TaskKind.REGRESSION).withRole("x",
                ColumnRole.IGNORE);

        assertEquals(TaskKind.REGRESSION, regression.task());
        assertEquals(List.of(), regression.inputs());
        assertThrows(IllegalArgumentException.class, () -> roles.withRole("x", ColumnRole.TARGET));
        assertThrows(IllegalArgumentException.class, () -> roles.withRole("y", ColumnRole.INPUT));
        assertThrows(IllegalArgumentException.class, () -> roles.withRole("z", ColumnRole.INPUT));
    }
}
