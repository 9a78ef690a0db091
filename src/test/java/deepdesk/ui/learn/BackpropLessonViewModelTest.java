package deepdesk.ui.learn;

import deepdesk.core.lesson.BackpropData;
import deepdesk.core.lesson.BackpropStage;
import deepdesk.core.model.Activation;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackpropLessonViewModelTest {

    private final BackpropLessonViewModel model = new BackpropLessonViewModel(Runnable::run, Runnable::run);

    @Test
    void nextWalksTheStagesAndThenStartsTheNextTrainingStepWithTheNewWeights() {
        BackpropLessonViewModel.Picture first = model.pictureProperty().get();
        assertTrue(first.atStart());
        int stages = first.stages().size();
        for (int i = 1; i < stages; i++) {
            model.next();
        }
        BackpropLessonViewModel.Picture last = model.pictureProperty().get();
        assertTrue(last.atLastStage());
        assertTrue(last.latex().contains("\\rightarrow"), last.latex());
        model.next();
        BackpropLessonViewModel.Picture second = model.pictureProperty().get();
        assertEquals(1, second.iteration());
        assertEquals(0, second.stageIndex());
        assertEquals(last.pass().outputWeightAfter(0), second.pass().outputWeight(0));
        model.back();
        assertEquals(last.latex(), model.pictureProperty().get().latex());
        model.reset();
        assertTrue(model.pictureProperty().get().atStart());
        assertEquals(first.latex(), model.pictureProperty().get().latex());
    }

    @Test
    void everyStageOfEveryActivationWritesAFormulaThatRenders() {
        for (Activation kind : BackpropLessonViewModel.ACTIVATIONS) {
            model.activationProperty().set(kind);
            int stages = model.pictureProperty().get().stages().size();
            for (int i = 0; i < stages; i++) {
                model.next();
                assertEquals("", model.problemProperty().get(), kind + " at stage " + (i + 2));
                assertTrue(model.pictureProperty().get().formula().getWidth() > 100);
            }
            assertEquals(1, model.pictureProperty().get().iteration());
        }
    }

    @Test
    void playStopsAtTheEndOfTheTrainingStep() {
        model.togglePlay();
        assertTrue(model.playingProperty().get());
        int ticks = 0;
        while (model.playingProperty().get() && ticks < 100) {
            model.playTick();
            ticks++;
        }
        assertFalse(model.playingProperty().get());
        assertTrue(model.pictureProperty().get().atLastStage());
        assertEquals(model.pictureProperty().get().stages().size() - 1, ticks);
        model.togglePlay();
        assertEquals(1, model.pictureProperty().get().iteration());
    }

    @Test
    void theRowChangesTheNumbersInTheFormula() {
        model.next();
        String rowOne = model.pictureProperty().get().latex();
        model.rowProperty().set(1);
        String rowTwo = model.pictureProperty().get().latex();
        assertNotEquals(rowOne, rowTwo);
        BackpropLessonViewModel.Picture p = model.pictureProperty().get();
        assertTrue(rowTwo.endsWith(BackpropFormulas.num(p.pass().hiddenSum(1, 0))), rowTwo);
    }

    @Test
    void settingsRoundTripAndRebuildTheLesson() {
        Map<String, String> defaults = model.settings();
        assertEquals("3", defaults.get("hidden-units"));
        assertEquals("tanh", defaults.get("activation"));
        assertEquals("xor-corners", defaults.get("data"));
        model.next();
        model.applySettings(Map.of("hidden-units", "4", "activation", "relu", "data", "xor-sample", "seed", "5",
                "learning-rate", "0.1", "row", "3", "unknown-key", "ignored"));
        BackpropLessonViewModel.Picture p = model.pictureProperty().get();
        assertTrue(p.atStart());
        assertEquals(4, p.pass().hiddenUnits());
        assertEquals(BackpropStage.sequence(4).size(), p.stages().size());
        assertEquals(Activation.RELU, p.activation());
        assertEquals(2, p.row());
        assertEquals(0.1, p.pass().learningRate(), 1e-12);
        assertEquals(BackpropData.XOR_SAMPLE.rows(5)[0][0], p.pass().input(0, 0));
        assertEquals("3", model.settings().get("row"));
        assertEquals("relu", model.settings().get("activation"));
    }

    @Test
    void aSettingThatCannotBeUsedIsRefusedByNameAndChangesNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.applySettings(Map.of("activation", "gelu", "hidden-units", "2")));
        assertTrue(e.getMessage().contains("activation = \"gelu\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> model.applySettings(Map.of("hidden-units", "many")));
        assertTrue(e.getMessage().contains("hidden-units = \"many\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> model.applySettings(Map.of("row", "9")));
        assertTrue(e.getMessage().contains("row = \"9\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> model.applySettings(Map.of("hidden-units", "7")));
        assertTrue(e.getMessage().contains("hidden-units = \"7\""), e.getMessage());
        assertEquals(3, model.hiddenUnitsProperty().get());
        assertEquals(Activation.TANH, model.activationProperty().get());
    }
}
