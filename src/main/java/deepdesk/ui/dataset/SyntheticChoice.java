package deepdesk.ui.dataset;

/**
 * A generator of synthetic data offered under Open sample ▸ Synthetic.
 *
 * <p>Threading: immutable.
 *
 * @param key   identifies the generator to {@link DataOperations#generate}
 * @param title what the menu shows, such as "Spiral"
 * @param task  what the data is for, such as "classification"
 */
public record SyntheticChoice(String key, String title, String task) {
}
