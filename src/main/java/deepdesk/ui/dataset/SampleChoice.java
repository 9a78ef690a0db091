package deepdesk.ui.dataset;

/**
 * A sample dataset the user can open in one click.
 *
 * <p>Threading: immutable.
 *
 * @param key         identifies the sample to {@link DataOperations#extractSample}
 * @param title       a short name, such as "penguins"
 * @param description one line saying what it shows
 * @param target      the sample's known target column
 */
public record SampleChoice(String key, String title, String description, String target) {
}
