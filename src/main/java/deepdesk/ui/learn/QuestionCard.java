package deepdesk.ui.learn;

import deepdesk.core.lesson.LessonPackQuestion;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Asks a lesson pack's "predict, then reveal" questions one after the other. While a question
 * waits for its reveal the card is {@link #blockingProperty() blocking}: the lesson may not run.
 * Reveal hands the question to the screen, which applies its settings and runs the lesson, and
 * then says whether the chosen answer was right, with the explanation.
 *
 * <p>Threading: FX thread only.
 */
final class QuestionCard extends VBox {

    private static final String RIGHT = "question-right";
    private static final String WRONG = "question-wrong";

    private final Label counter = new Label();
    private final Label text = new Label();
    private final FlowPane choices = new FlowPane(18, 6);
    private final ToggleGroup picked = new ToggleGroup();
    private final Button reveal = new Button("Reveal");
    private final Label hint = new Label("Choose an answer: the lesson runs when you reveal it.");
    private final Label result = new Label();
    private final Button next = new Button();
    private final ReadOnlyBooleanWrapper blocking = new ReadOnlyBooleanWrapper(this, "blocking");
    private final Consumer<LessonPackQuestion> onReveal;
    private final Consumer<Integer> onAsk;
    private final HBox revealRow;
    private List<LessonPackQuestion> questions = List.of();
    private int index;

    /**
     * Creates the card, hidden until questions are asked.
     *
     * @param onReveal applies the question's settings and runs the lesson; may throw
     *                 {@link IllegalArgumentException} when a setting cannot be used
     * @param onAsk    prepares the lesson for the question with this index, before it is shown
     */
    QuestionCard(Consumer<LessonPackQuestion> onReveal, Consumer<Integer> onAsk) {
        this.onReveal = onReveal;
        this.onAsk = onAsk;
        setId("question-card");
        getStyleClass().add("question-card");
        setSpacing(6);
        setPadding(new Insets(10, 14, 10, 14));
        counter.getStyleClass().add("text-muted");
        text.setId("question-text");
        text.setWrapText(true);
        text.getStyleClass().add("text-bold");
        reveal.setId("question-reveal");
        reveal.setDefaultButton(true);
        reveal.disableProperty().bind(picked.selectedToggleProperty().isNull());
        reveal.setOnAction(e -> reveal());
        hint.getStyleClass().add("text-muted");
        result.setId("question-result");
        result.setWrapText(true);
        next.setId("question-next");
        next.setOnAction(e -> {
            if (index + 1 < questions.size()) {
                ask(index + 1);
            } else {
                finish();
            }
        });
        HBox actions = new HBox(12, reveal, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        // decision: answers and Reveal share a row, to leave the lesson room on a laptop screen
        choices.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(counter, text, choices, result, next);
        revealRow = actions;
        showing(false);
    }

    /** Whether a question is waiting for its reveal, so the lesson must not run. */
    ReadOnlyBooleanProperty blockingProperty() {
        return blocking.getReadOnlyProperty();
    }

    /** Asks {@code newQuestions} from the first; with none, the card hides and nothing blocks. */
    void start(List<LessonPackQuestion> newQuestions) {
        questions = List.copyOf(newQuestions);
        if (questions.isEmpty()) {
            finish();
        } else {
            ask(0);
        }
    }

    /** Stops asking and hides the card. */
    void finish() {
        blocking.set(false);
        showing(false);
    }

    private void ask(int i) {
        index = i;
        if (i > 0) {
            onAsk.accept(i);
        }
        LessonPackQuestion q = questions.get(i);
        counter.setText("Question " + (i + 1) + " of " + questions.size()
                + ": predict, then reveal");
        text.setText(q.text());
        picked.getToggles().clear();
        choices.getChildren().clear();
        for (int c = 0; c < q.choices().size(); c++) {
            RadioButton choice = new RadioButton(q.choices().get(c));
            choice.setId("question-choice-" + c);
            choice.setWrapText(true);
            choice.setToggleGroup(picked);
            choice.setUserData(c);
            choices.getChildren().add(choice);
        }
        choices.getChildren().add(revealRow);
        result.setText("");
        result.getStyleClass().removeAll(RIGHT, WRONG);
        show(result, false);
        show(next, false);
        show(revealRow, true);
        blocking.set(true);
        showing(true);
    }

    private void reveal() {
        LessonPackQuestion q = questions.get(index);
        int chosen = (Integer) picked.getSelectedToggle().getUserData();
        // decision: the answers stay at full contrast after the reveal (no disabled grey), only
        // deaf to clicks, with the right one and a wrong pick marked
        for (Node n : choices.getChildren()) {
            if (!(n instanceof RadioButton choice)) {
                continue;
            }
            choice.setMouseTransparent(true);
            choice.setFocusTraversable(false);
            int c = (Integer) choice.getUserData();
            if (c == q.answer()) {
                choice.setText(choice.getText() + "  ✓");
                choice.getStyleClass().add(RIGHT);
            } else if (c == chosen) {
                choice.getStyleClass().add(WRONG);
            }
        }
        show(revealRow, false);
        blocking.set(false);
        String outcome;
        try {
            onReveal.accept(q);
            boolean right = chosen == q.answer();
            outcome = (right ? "Right. " : "Not quite: the answer is \"" + q.choices().get(q.answer())
                    + "\". ") + q.explanation();
            result.getStyleClass().add(right ? RIGHT : WRONG);
        } catch (IllegalArgumentException e) {
            outcome = "The reveal cannot run: " + e.getMessage();
            result.getStyleClass().add(WRONG);
        }
        result.setText(outcome.strip());
        show(result, true);
        next.setText(index + 1 < questions.size() ? "Next question" : "Done");
        show(next, true);
    }

    private void showing(boolean on) {
        show(this, on);
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
