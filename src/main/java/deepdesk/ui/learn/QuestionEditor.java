package deepdesk.ui.learn;

import deepdesk.core.lesson.LessonPackQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Edits one "predict, then reveal" question in the Save as lesson dialog: the question, up to four
 * answers with the right one marked, the explanation, and the settings the reveal runs with,
 * written one per line as {@code key = value}.
 *
 * <p>Threading: FX thread only.
 */
final class QuestionEditor extends VBox {

    private final TextField text = new TextField();
    private final List<TextField> choices = new ArrayList<>();
    private final ToggleGroup right = new ToggleGroup();
    private final TextArea explanation = new TextArea();
    private final TextArea reveal = new TextArea();
    private final Map<String, String> lessonSettings;

    /**
     * Creates the editor, filled from {@code question} when it is not {@code null}.
     *
     * @param number         the question's place, from 1, for ids and the heading
     * @param lessonSettings the lesson's current settings, offered for the reveal
     * @param onRemove       removes this editor
     */
    QuestionEditor(int number, LessonPackQuestion question, Map<String, String> lessonSettings,
                   Runnable onRemove) {
        this.lessonSettings = lessonSettings;
        setId("question-editor-" + number);
        getStyleClass().add("question-editor");
        setSpacing(6);
        setPadding(new Insets(8, 0, 8, 0));
        Label heading = new Label("Question " + number);
        heading.getStyleClass().add("text-bold");
        Button remove = new Button("Remove");
        remove.setOnAction(e -> onRemove.run());
        HBox top = new HBox(12, heading, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        text.setId("question-editor-text-" + number);
        text.setPromptText("What happens to the loss if the learning rate is 3?");

        GridPane answers = new GridPane();
        answers.setHgap(8);
        answers.setVgap(4);
        for (int i = 0; i < LessonPackQuestion.MAX_CHOICES; i++) {
            TextField choice = new TextField();
            choice.setId("question-editor-choice-" + number + "-" + i);
            choice.setPromptText(i < LessonPackQuestion.MIN_CHOICES ? "Answer " + (i + 1)
                    : "Answer " + (i + 1) + " (optional)");
            GridPane.setHgrow(choice, Priority.ALWAYS);
            RadioButton isRight = new RadioButton("right answer");
            isRight.setId("question-editor-right-" + number + "-" + i);
            isRight.setToggleGroup(right);
            isRight.setUserData(i);
            choices.add(choice);
            answers.addRow(i, choice, isRight);
        }
        right.getToggles().get(0).setSelected(true);

        explanation.setId("question-editor-explanation-" + number);
        explanation.setPromptText("Why the right answer is right, shown after the reveal");
        explanation.setPrefRowCount(2);
        explanation.setWrapText(true);
        reveal.setId("question-editor-reveal-" + number);
        reveal.setPromptText("learning-rate = 3");
        reveal.setPrefRowCount(2);
        ComboBox<String> insert = new ComboBox<>();
        insert.setPromptText("Insert a setting");
        insert.setMinWidth(Region.USE_PREF_SIZE);
        insert.setTooltip(new Tooltip("Adds a line with the setting's current value; change the value"));
        lessonSettings.forEach((key, value) -> {
            if (value.length() <= 40) {
                insert.getItems().add(key);
            }
        });
        insert.setOnAction(e -> {
            String key = insert.getValue();
            if (key != null) {
                String before = reveal.getText().isBlank() ? "" : reveal.getText().stripTrailing() + "\n";
                reveal.setText(before + key + " = " + lessonSettings.get(key));
                insert.getSelectionModel().clearSelection();
            }
        });
        Label revealLabel = new Label("Settings for the reveal, one \"setting = value\" per line "
                + "(empty: the pack's own settings)");
        revealLabel.setWrapText(true);
        getChildren().addAll(top, text, new Label("Answers"), answers, new Label("Explanation"),
                explanation, revealLabel, new HBox(8, reveal, insert));
        HBox.setHgrow(reveal, Priority.ALWAYS);

        if (question != null) {
            text.setText(question.text());
            for (int i = 0; i < question.choices().size(); i++) {
                choices.get(i).setText(question.choices().get(i));
            }
            right.getToggles().get(question.answer()).setSelected(true);
            explanation.setText(question.explanation());
            StringBuilder lines = new StringBuilder();
            question.revealSettings().forEach((k, v) -> lines.append(k).append(" = ").append(v).append('\n'));
            reveal.setText(lines.toString().stripTrailing());
        }
    }

    /**
     * The question as edited. Empty answer fields are left out; the right answer must be one of
     * those filled in.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    LessonPackQuestion question() {
        List<String> filled = new ArrayList<>();
        int answer = -1;
        int marked = (Integer) right.getSelectedToggle().getUserData();
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i).getText().strip();
            if (!choice.isEmpty()) {
                if (i == marked) {
                    answer = filled.size();
                }
                filled.add(choice);
            }
        }
        if (answer < 0 && filled.size() >= LessonPackQuestion.MIN_CHOICES) {
            throw new IllegalArgumentException("the answer marked right for \"" + text.getText().strip()
                    + "\" is empty");
        }
        return new LessonPackQuestion(text.getText().strip(), filled, Math.max(0, answer),
                explanation.getText().strip(), revealSettings());
    }

    /** The reveal's settings, each line {@code key = value}, checked against the lesson's keys. */
    private Map<String, String> revealSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = reveal.getText().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the reveal settings of \""
                        + text.getText().strip() + "\" is not \"setting = value\": " + line);
            }
            String key = line.substring(0, equals).strip();
            if (!lessonSettings.containsKey(key)) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the reveal settings of \""
                        + text.getText().strip() + "\" names " + key + ", which the lesson does not "
                        + "have; it has " + String.join(", ", lessonSettings.keySet()));
            }
            out.put(key, line.substring(equals + 1).strip());
        }
        return out;
    }
}
