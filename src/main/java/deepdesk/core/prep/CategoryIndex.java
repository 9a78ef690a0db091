package deepdesk.core.prep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a category's one-hot position; "3.0" finds the category "3" when the categories are
 * numbers formatted by a numeric column.
 *
 * <p>Threading: immutable after construction.
 */
final class CategoryIndex {

    private final Map<String, Integer> positions = new HashMap<>();

    CategoryIndex(List<String> categories) {
        for (int c = 0; c < categories.size(); c++) {
            positions.put(categories.get(c), c);
        }
    }

    /** The position of {@code text} among the categories, or -1 for a category never seen. */
    int of(String text) {
        Integer c = positions.get(text);
        if (c == null) {
            c = positions.get(NumberText.canonical(text));
        }
        return c == null ? -1 : c;
    }
}
