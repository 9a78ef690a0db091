package deepdesk.ui.dataset;

/**
 * A generator of synthetic data offered under Open sample ▸ Synthetic.
 *
 * <p>Threading: immutable.
 *
 * @param key          identifies the generator to {@link DataOperations#generate}
 * @param title        what the menu shows, such as "Spiral"
 * @param task         what the data is for, such as "classification"
 * @param defaultNoise the noise the dialog proposes
 * @param maxNoise     the most noise the generator accepts
 * @param noiseHint    what the noise means for this generator, for a person to read
 */
public record SyntheticChoice(String key, String title, String task, double defaultNoise, double maxNoise,
                              String noiseHint) {
}
