package deepdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Switches the whole application between the AtlantaFX Primer light and dark themes and
 * remembers the choice.
 *
 * <p>Threading: FX thread only.
 */
public final class ThemeSwitcher {

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /**
     * Applies the remembered theme and keeps preferences up to date.
     *
     * @param preferences where the choice is remembered
     */
    public ThemeSwitcher(AppPreferences preferences) {
        dark.set(preferences.darkTheme());
        apply(dark.get());
        dark.addListener((obs, old, now) -> {
            apply(now);
            preferences.setDarkTheme(now);
        });
    }

    /** Whether the dark theme is on. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
