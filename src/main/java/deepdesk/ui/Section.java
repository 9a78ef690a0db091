package deepdesk.ui;

/**
 * The sections (screens) of the main window, in navigation order.
 *
 * <p>Threading: immutable.
 */
public enum Section {
    /** Open and prepare a dataset. */
    DATA("Data"),
    /** Build a network. */
    MODEL("Model"),
    /** Train it. */
    TRAIN("Train"),
    /** Evaluate it. */
    EVALUATE("Evaluate"),
    /** Save, export and serve it. */
    DEPLOY("Deploy"),
    /** Lessons. */
    LEARN("Learn");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    /** The name shown in the navigation. */
    public String title() {
        return title;
    }
}
