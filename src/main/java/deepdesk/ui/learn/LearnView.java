package deepdesk.ui.learn;

import deepdesk.core.data.Dataset;
import deepdesk.core.lesson.LessonPack;
import deepdesk.core.lesson.LessonPackQuestion;
import deepdesk.core.training.TrainingService;
import deepdesk.ui.common.Debouncer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Learn screen: lessons that show the formulas of deep learning with live numbers from the
 * real engine. The list on the left chooses the lesson. A lesson pack opened here selects its
 * lesson, applies its settings, hides and locks the controls it names, shows its instructions
 * and asks its questions before the lesson may run. Presentation mode enlarges the text and can
 * hide the lesson list and chosen controls.
 *
 * <p>Threading: FX thread only.
 */
public final class LearnView extends BorderPane {

    /** The smallest font size of the screen in presentation mode, in pixels. */
    static final double PRESENTATION_FONT_MIN = 20;
    /** The largest font size of the screen in presentation mode, in pixels. */
    static final double PRESENTATION_FONT_MAX = 28;

    private final List<LessonPage> lessons;
    private final Map<String, ToggleButton> choices = new LinkedHashMap<>();
    private final ToggleGroup choice = new ToggleGroup();
    private final StackPane host = new StackPane();
    private final VBox side = new VBox(8);
    private final LessonPackBanner banner = new LessonPackBanner(this::exitPack);
    private final QuestionCard questions;
    private final ReadOnlyObjectWrapper<LessonPack> pack = new ReadOnlyObjectWrapper<>(this, "pack");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty listWhilePresenting = new SimpleBooleanProperty(this, "listWhilePresenting");
    private final Set<String> hiddenWhilePresenting = new HashSet<>();
    private final EventHandler<KeyEvent> escapeLeaves = e -> {
        if (e.getCode() == KeyCode.ESCAPE && presentation.get()) {
            presentation.set(false);
            e.consume();
        }
    };
    private Runnable onOpenLesson = () -> { };
    private Runnable onSaveAsLesson = () -> { };
    private LessonPack lastPack;

    /**
     * Creates the screen.
     *
     * @param lessons the lessons, in the order of the list; the first is shown
     * @param dark    whether the dark theme is on
     */
    public LearnView(List<LessonPage> lessons, ObservableBooleanValue dark) {
        if (lessons.isEmpty()) {
            throw new IllegalArgumentException("the Learn screen needs at least one lesson");
        }
        this.lessons = List.copyOf(lessons);
        setId("screen-learn");
        questions = new QuestionCard(this::reveal, i -> currentLesson().applySettings(pack.get().settings()));
        Runnable applyTheme = () -> this.lessons.forEach(l -> l.setDark(dark.get()));
        applyTheme.run();
        dark.addListener((o, a, d) -> applyTheme.run());

        Label heading = new Label("Lessons");
        heading.getStyleClass().add("title-4");
        side.getChildren().add(heading);
        for (LessonPage lesson : this.lessons) {
            ToggleButton button = new ToggleButton(lesson.title());
            button.setId("lesson-choice-" + lesson.lessonId());
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setUserData(lesson);
            button.setToggleGroup(choice);
            choices.put(lesson.lessonId(), button);
            side.getChildren().add(button);
        }
        side.getChildren().add(packButtons());
        side.setId("lesson-list");
        side.setPadding(new Insets(12));
        side.setPrefWidth(210);
        side.setMinWidth(210);
        side.visibleProperty().bind(presentation.not().or(listWhilePresenting));
        side.managedProperty().bind(side.visibleProperty());
        setLeft(side);

        choice.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                host.getChildren().setAll(((LessonPage) now.getUserData()).view());
                refreshControls();
            }
        });
        choices.values().iterator().next().setSelected(true);

        PresentationBar bar = new PresentationBar(() -> currentLesson().controls(),
                hiddenWhilePresenting, this::refreshControls, listWhilePresenting,
                () -> presentation.set(false));
        bar.visibleProperty().bind(presentation);
        bar.managedProperty().bind(presentation);
        setTop(new VBox(bar, banner, questions));
        // decision: on a small window, or with the large text of presentation mode, the lesson
        // scrolls rather than being cut off
        ScrollPane scroller = new ScrollPane(host);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setId("lesson-scroller");
        setCenter(scroller);

        // decision: while a question waits for its reveal, the lesson's keyboard shortcuts
        // (Step, Play) are swallowed as its buttons are disabled
        host.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (questions.blockingProperty().get()) {
                e.consume();
            }
        });
        questions.blockingProperty().addListener((o, a, b) -> refreshControls());
        presentation.addListener((o, a, on) -> {
            updateFont();
            this.lessons.forEach(l -> l.setPresentation(on));
            refreshControls();
        });
        heightProperty().addListener((o, a, h) -> updateFont());
        sceneProperty().addListener((o, old, now) -> moveEscapeHandler(old, now));
    }

    /**
     * Lessons 1 and 2, in order.
     *
     * @param worker      where lesson arithmetic runs
     * @param fx          how results reach the FX thread
     * @param openDataset the dataset open on the Data screen, for lessons on the user's own data
     */
    public static List<LessonPage> standardLessons(Executor worker, Executor fx,
                                                   ObservableValue<Dataset> openDataset) {
        List<LessonPage> pages = new ArrayList<>();
        pages.add(new LinearRegressionLessonView(new LinearRegressionLessonViewModel(worker, fx),
                openDataset));
        pages.add(new NeuronLessonView(new NeuronLessonViewModel(worker, fx)));
        pages.add(new BackpropLessonView(new BackpropLessonViewModel(worker, fx)));
        // decision: lessons 4 and 5 train on services of their own, so a lesson never stops the
        // Train screen's run or adds to the project's run history.
        pages.add(new OverfittingLessonView(new OverfittingLessonViewModel(new TrainingService(), worker, fx,
                Debouncer.after(Duration.millis(250)))));
        pages.add(new PlaygroundLessonView(new PlaygroundLessonViewModel(new TrainingService(), worker, fx,
                Debouncer.after(Duration.millis(250)))));
        return pages;
    }

    /** Stops every lesson for good; the application is closing. */
    public void dispose() {
        lessons.forEach(LessonPage::dispose);
    }

    /** The lessons, in the order of the list. */
    public List<LessonPage> lessons() {
        return lessons;
    }

    /** The names of the lessons, as lesson packs name them. */
    public List<String> lessonIds() {
        return lessons.stream().map(LessonPage::lessonId).toList();
    }

    /** The lesson on screen. */
    public LessonPage currentLesson() {
        return (LessonPage) choice.getSelectedToggle().getUserData();
    }

    /**
     * Shows the lesson named {@code lessonId}.
     *
     * @throws IllegalArgumentException when there is no such lesson
     */
    public void select(String lessonId) {
        ToggleButton button = choices.get(lessonId);
        if (button == null) {
            throw new IllegalArgumentException("there is no lesson \"" + lessonId + "\"");
        }
        button.setSelected(true);
    }

    /**
     * Opens {@code newPack}: selects its lesson, applies its settings, hides and locks its
     * controls, shows its instructions and asks its first question. A pack already open is left.
     *
     * @throws IllegalArgumentException when the pack's lesson does not exist or a setting cannot
     *                                  be used; nothing changes then
     */
    public void openPack(LessonPack newPack) {
        LessonPage lesson = lessons.stream().filter(l -> l.lessonId().equals(newPack.lesson()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("there is no lesson \""
                        + newPack.lesson() + "\""));
        lesson.applySettings(newPack.settings());
        pack.set(newPack);
        lastPack = newPack;
        select(newPack.lesson());
        choices.forEach((id, button) -> button.setDisable(!id.equals(newPack.lesson())));
        banner.show(newPack);
        questions.start(newPack.questions());
        refreshControls();
    }

    /** Leaves the open pack's restrictions; the lesson keeps its current settings. */
    public void exitPack() {
        pack.set(null);
        choices.values().forEach(b -> b.setDisable(false));
        banner.show(null);
        questions.finish();
        refreshControls();
    }

    /** The lesson pack open now, or {@code null}. */
    public ReadOnlyObjectProperty<LessonPack> packProperty() {
        return pack.getReadOnlyProperty();
    }

    /**
     * The pack most recently opened or saved, so that saving again starts from its choices, or
     * {@code null}.
     */
    public LessonPack lastPack() {
        return lastPack;
    }

    /** Remembers {@code saved} as the pack to start from when saving again. */
    public void rememberPack(LessonPack saved) {
        lastPack = saved;
    }

    /** Whether presentation mode is on. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** What the screen's "Open lesson…" button does. */
    public void setOnOpenLesson(Runnable action) {
        onOpenLesson = action;
    }

    /** What the screen's "Save as lesson…" button does. */
    public void setOnSaveAsLesson(Runnable action) {
        onSaveAsLesson = action;
    }

    /** Hides or shows one control of the lesson while presenting, as the presentation bar does. */
    void hideWhilePresenting(String controlId, boolean hide) {
        if (hide) {
            hiddenWhilePresenting.add(controlId);
        } else {
            hiddenWhilePresenting.remove(controlId);
        }
        refreshControls();
    }

    private Region packButtons() {
        Button open = new Button("Open lesson…");
        open.setId("lesson-pack-open");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> onOpenLesson.run());
        Button save = new Button("Save as lesson…");
        save.setId("lesson-pack-save");
        save.setMaxWidth(Double.MAX_VALUE);
        save.setTooltip(new Tooltip("Save this lesson as it is now, with the controls to hide or "
                + "lock, instructions and questions, for students to open"));
        save.setOnAction(e -> onSaveAsLesson.run());
        Button present = new Button("Present (F5)");
        present.setId("lesson-present");
        present.setMaxWidth(Double.MAX_VALUE);
        present.setOnAction(e -> presentation.set(true));
        VBox box = new VBox(8, open, save, present);
        box.setPadding(new Insets(16, 0, 0, 0));
        return box;
    }

    private void reveal(LessonPackQuestion question) {
        LessonPage lesson = currentLesson();
        lesson.applySettings(question.settingsOver(pack.get().settings()));
        lesson.run();
    }

    /** Shows, hides, locks and unlocks every lesson's controls from the pack and presentation. */
    private void refreshControls() {
        LessonPack open = pack.get();
        boolean blocked = questions.blockingProperty().get();
        for (LessonPage lesson : lessons) {
            boolean restricted = open != null && open.lesson().equals(lesson.lessonId());
            Set<String> runs = restricted && blocked ? lesson.runControls() : Set.of();
            for (LessonControl c : lesson.controls()) {
                boolean hidden = restricted && open.hiddenControls().contains(c.id())
                        || presentation.get() && hiddenWhilePresenting.contains(c.id());
                boolean locked = restricted && (runs.contains(c.id())
                        || open.lockedControls().contains(c.id()));
                c.node().setVisible(!hidden);
                c.node().setManaged(!hidden);
                c.node().setDisable(locked);
            }
        }
    }

    // decision: in presentation mode the text grows with the window's height, from 20 px on a
    // laptop (800 px) to 27 px on a projector (1080 px); what does not fit scrolls
    private void updateFont() {
        if (!presentation.get()) {
            setStyle("");
            return;
        }
        double size = Math.max(PRESENTATION_FONT_MIN, Math.min(PRESENTATION_FONT_MAX,
                Math.round(getHeight() / 40)));
        setStyle("-fx-font-size: " + size + "px;");
    }

    private void moveEscapeHandler(Scene old, Scene now) {
        if (old != null) {
            old.removeEventHandler(KeyEvent.KEY_PRESSED, escapeLeaves);
        }
        if (now != null) {
            now.addEventHandler(KeyEvent.KEY_PRESSED, escapeLeaves);
        }
    }

    /** The node that hosts the lesson on screen, for tests. */
    Node lessonHost() {
        return host;
    }
}
