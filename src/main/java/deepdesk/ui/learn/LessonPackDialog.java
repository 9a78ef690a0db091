package deepdesk.ui.learn;

import deepdesk.core.lesson.LessonPack;
import deepdesk.core.lesson.LessonPackQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * "Save as lesson…": the teacher titles the pack, writes the instructions, picks the controls to
 * hide or lock and adds "predict, then reveal" questions. The lesson's settings are taken as they
 * are when the dialog opens. The result is the pack to write.
 *
 * <p>Threading: FX thread only.
 */
final class LessonPackDialog extends Dialog<LessonPack> {

    private final TextField title = new TextField();
    private final TextArea instructions = new TextArea();
    private final Map<String, CheckBox> hide = new LinkedHashMap<>();
    private final Map<String, CheckBox> lock = new LinkedHashMap<>();
    private final VBox questionList = new VBox(4);
    private final List<QuestionEditor> editors = new ArrayList<>();
    private final Label problem = new Label();
    private final Map<String, String> settings;
    private int questionsAdded;

    /**
     * Creates the dialog for {@code lesson}.
     *
     * @param lesson   the lesson on screen, whose settings and controls the pack takes
     * @param previous a pack of the same lesson to start from, or {@code null}
     */
    LessonPackDialog(LessonPage lesson, LessonPack previous) {
        Map<String, String> ordered = new LinkedHashMap<>(lesson.settings());
        this.settings = ordered;
        setTitle("Save as lesson");
        setHeaderText("Save \"" + lesson.title() + "\" as it is now, for students to open");
        setResizable(true);
        title.setId("lesson-pack-dialog-title");
        title.setPromptText("How big a step?");
        instructions.setId("lesson-pack-dialog-instructions");
        instructions.setPromptText("Press Play and watch the path. Then answer the question.");
        instructions.setPrefRowCount(3);
        instructions.setWrapText(true);

        GridPane controls = new GridPane();
        controls.setHgap(16);
        controls.setVgap(4);
        controls.addRow(0, bold("Control"), bold("Hide"), bold("Lock"));
        int row = 1;
        for (LessonControl c : lesson.controls()) {
            CheckBox hidden = new CheckBox();
            hidden.setId("lesson-pack-hide-" + c.id());
            CheckBox locked = new CheckBox();
            locked.setId("lesson-pack-lock-" + c.id());
            locked.disableProperty().bind(hidden.selectedProperty());
            hide.put(c.id(), hidden);
            lock.put(c.id(), locked);
            controls.addRow(row++, new Label(c.label()), hidden, locked);
        }

        Button add = new Button("Add question");
        add.setId("lesson-pack-add-question");
        add.setOnAction(e -> addQuestion(null, ordered));
        problem.setId("lesson-pack-dialog-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");

        if (previous != null && previous.lesson().equals(lesson.lessonId())) {
            title.setText(previous.title());
            instructions.setText(previous.instructions());
            previous.hiddenControls().forEach(id -> check(hide, id));
            previous.lockedControls().forEach(id -> check(lock, id));
            previous.questions().forEach(q -> addQuestion(q, ordered));
        }

        VBox form = new VBox(8, new Label("Title"), title, new Label("Instructions for the students"),
                instructions, new Separator(), bold("What the students may change"), controls,
                new Separator(), bold("Questions to answer before the lesson runs"), questionList,
                add);
        form.setPadding(new Insets(4));
        form.setPrefWidth(620);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        getDialogPane().setContent(new VBox(8, scroll, problem));
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(save);
        ok.setId("lesson-pack-dialog-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                pack(lesson.lessonId());
                problem.setText("");
            } catch (IllegalArgumentException ex) {
                problem.setText("Cannot save yet: " + ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == save ? pack(lesson.lessonId()) : null);
    }

    /** The pack as the dialog shows it now. */
    LessonPack pack(String lessonId) {
        List<String> hidden = new ArrayList<>();
        List<String> locked = new ArrayList<>();
        hide.forEach((id, box) -> {
            if (box.isSelected()) {
                hidden.add(id);
            }
        });
        lock.forEach((id, box) -> {
            if (box.isSelected() && !hide.get(id).isSelected()) {
                locked.add(id);
            }
        });
        List<LessonPackQuestion> questions = new ArrayList<>();
        for (QuestionEditor editor : editors) {
            questions.add(editor.question());
        }
        return LessonPack.of(lessonId, title.getText().strip(), instructions.getText().strip(),
                settings, hidden, locked, questions);
    }

    private void addQuestion(LessonPackQuestion question, Map<String, String> ordered) {
        QuestionEditor[] self = new QuestionEditor[1];
        self[0] = new QuestionEditor(++questionsAdded, question, ordered, () -> {
            editors.remove(self[0]);
            questionList.getChildren().remove(self[0]);
        });
        editors.add(self[0]);
        questionList.getChildren().add(self[0]);
    }

    private static void check(Map<String, CheckBox> boxes, String id) {
        CheckBox box = boxes.get(id);
        if (box != null) {
            box.setSelected(true);
        }
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }
}
