package deepdesk.core.prep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders categories for features and classes: numerically when every category reads as a
 * number (so digits 0..9 get class indices 0..9), else in the order given.
 *
 * <p>Threading: stateless.
 */
final class CategoryOrder {

    private CategoryOrder() {
    }

    static List<String> order(List<String> categories) {
        for (String c : categories) {
            if (Double.isNaN(NumberText.parseOrNaN(c))) {
                return List.copyOf(categories);
            }
        }
        List<String> sorted = new ArrayList<>(categories);
        sorted.sort(Comparator.comparingDouble(NumberText::parseOrNaN));
        return List.copyOf(sorted);
    }
}
