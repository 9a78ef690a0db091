package deepdesk.ui.dataset;

import deepdesk.core.prep.CategoricalEncoding;
import deepdesk.core.prep.MissingValues;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.Scaling;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/**
 * The preparation settings as the user edits them: choices and the text of each number field,
 * each field's own error (why a value is refused), and the resulting {@link PreparationSettings}
 * whenever every field is valid.
 *
 * <p>Threading: FX thread only.
 */
public final class PreparationForm {

    private final ObjectProperty<MissingValues> missingValues = new SimpleObjectProperty<>(this, "missingValues");
    private final StringProperty missingConstant = new SimpleStringProperty(this, "missingConstant");
    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling");
    private final BooleanProperty squares = new SimpleBooleanProperty(this, "squares");
    private final BooleanProperty products = new SimpleBooleanProperty(this, "products");
    private final BooleanProperty sines = new SimpleBooleanProperty(this, "sines");
    private final StringProperty trainPercent = new SimpleStringProperty(this, "trainPercent");
    private final StringProperty validationPercent = new SimpleStringProperty(this, "validationPercent");
    private final StringProperty testPercent = new SimpleStringProperty(this, "testPercent");
    private final StringProperty seed = new SimpleStringProperty(this, "seed");
    private final BooleanProperty stratify = new SimpleBooleanProperty(this, "stratify");
    private final StringProperty noiseStd = new SimpleStringProperty(this, "noiseStd");

    private final ReadOnlyStringWrapper missingConstantError = new ReadOnlyStringWrapper(this, "missingConstantError");
    private final ReadOnlyStringWrapper splitError = new ReadOnlyStringWrapper(this, "splitError");
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper(this, "seedError");
    private final ReadOnlyStringWrapper noiseError = new ReadOnlyStringWrapper(this, "noiseError");
    private final ReadOnlyObjectWrapper<PreparationSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");

    /** Creates a form holding the default settings. */
    public PreparationForm() {
        reset(PreparationSettings.defaults());
        Observable[] inputs = {missingValues, missingConstant, scaling, squares, products, sines,
            trainPercent, validationPercent, testPercent, seed, stratify, noiseStd};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        validate();
    }

    /** Puts {@code values} into every field. */
    public void reset(PreparationSettings values) {
        missingValues.set(values.missingValues());
        missingConstant.set(plain(values.missingConstant()));
        scaling.set(values.scaling());
        squares.set(values.squares());
        products.set(values.products());
        sines.set(values.sines());
        trainPercent.set(Integer.toString(values.trainPercent()));
        validationPercent.set(Integer.toString(values.validationPercent()));
        testPercent.set(Integer.toString(values.testPercent()));
        seed.set(Long.toString(values.seed()));
        stratify.set(values.stratify());
        noiseStd.set(plain(values.noiseStd()));
    }

    private void validate() {
        Double constant = parseDouble(missingConstant.get());
        missingConstantError.set(missingValues.get() != MissingValues.CONSTANT || constant != null
                ? null : "Enter a number, such as 0 or -1.5.");
        Integer train = parsePercent(trainPercent.get());
        Integer validation = parsePercent(validationPercent.get());
        Integer test = parsePercent(testPercent.get());
        if (train == null || validation == null || test == null) {
            splitError.set("Each share is a whole number from 0 to 100.");
        } else if (train == 0) {
            splitError.set("The training share must be more than 0.");
        } else if (train + validation + test != 100) {
            splitError.set("The shares add up to " + (train + validation + test) + "; they must add up to 100.");
        } else {
            splitError.set(null);
        }
        Long seedValue = parseLong(seed.get());
        seedError.set(seedValue == null ? "Enter a whole number, such as 42." : null);
        Double noise = parseDouble(noiseStd.get());
        noiseError.set(noise == null || noise < 0
                ? "Enter 0 (off) or a positive number, such as 0.1." : null);
        boolean valid = missingConstantError.get() == null && splitError.get() == null
                && seedError.get() == null && noiseError.get() == null;
        settings.set(valid ? new PreparationSettings(missingValues.get(),
                constant == null ? 0 : constant, scaling.get(), CategoricalEncoding.ONE_HOT,
                squares.get(), products.get(), sines.get(), train, validation, test, seedValue,
                stratify.get(), noise) : null);
    }

    private static Integer parsePercent(String text) {
        Long value = parseLong(text);
        return value == null || value < 0 || value > 100 ? null : value.intValue();
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseDouble(String text) {
        try {
            double value = text == null ? Double.NaN : Double.parseDouble(text.trim().replace(',', '.'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    /** What to do with missing input values. */
    public ObjectProperty<MissingValues> missingValuesProperty() {
        return missingValues;
    }

    /** The text of the constant that fills missing numbers. */
    public StringProperty missingConstantProperty() {
        return missingConstant;
    }

    /** How numeric inputs are scaled. */
    public ObjectProperty<Scaling> scalingProperty() {
        return scaling;
    }

    /** Whether x² features are added. */
    public BooleanProperty squaresProperty() {
        return squares;
    }

    /** Whether x·y features are added. */
    public BooleanProperty productsProperty() {
        return products;
    }

    /** Whether sin(x) features are added. */
    public BooleanProperty sinesProperty() {
        return sines;
    }

    /** The text of the training share in percent. */
    public StringProperty trainPercentProperty() {
        return trainPercent;
    }

    /** The text of the validation share in percent. */
    public StringProperty validationPercentProperty() {
        return validationPercent;
    }

    /** The text of the test share in percent. */
    public StringProperty testPercentProperty() {
        return testPercent;
    }

    /** The text of the split's seed. */
    public StringProperty seedProperty() {
        return seed;
    }

    /** Whether the split keeps class proportions. */
    public BooleanProperty stratifyProperty() {
        return stratify;
    }

    /** The text of the training noise' standard deviation. */
    public StringProperty noiseStdProperty() {
        return noiseStd;
    }

    /** Why the constant is refused, or {@code null}. */
    public ReadOnlyStringProperty missingConstantErrorProperty() {
        return missingConstantError.getReadOnlyProperty();
    }

    /** Why the split is refused, or {@code null}. */
    public ReadOnlyStringProperty splitErrorProperty() {
        return splitError.getReadOnlyProperty();
    }

    /** Why the seed is refused, or {@code null}. */
    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    /** Why the noise is refused, or {@code null}. */
    public ReadOnlyStringProperty noiseErrorProperty() {
        return noiseError.getReadOnlyProperty();
    }

    /** The settings when every field is valid, else {@code null}. */
    public ReadOnlyObjectProperty<PreparationSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }
}
