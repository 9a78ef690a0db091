package deepdesk.ui.evaluation;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.TrainedModelFixtures;
import deepdesk.ui.common.Workbench;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The what-if form's state, on the calling thread. */
class WhatIfViewModelTest {

    private static TrainedModel penguins;

    @BeforeAll
    static void train() throws Exception {
        Path path = Path.of("samples", "penguins.csv");
        Dataset dataset = new CsvImporter().read(path, CsvSniffer.sniff(path), ProgressListener.NONE);
        penguins = TrainedModelFixtures.train(dataset, "species", 30);
    }

    private static WhatIfField field(WhatIfViewModel model, String name) {
        return model.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void startsFromTheFirstTestRowAndPredictsIt() {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.latestModelProperty().set(penguins);
        WhatIfViewModel model = new EvaluationViewModel(workbench, Debouncer.immediate(), Runnable::run,
                Runnable::run).whatIf();

        int row = penguins.prepared().rows().test()[0];
        assertEquals(6, model.fields().size());
        assertEquals(penguins.dataset().column("island").orElseThrow().format(row),
                field(model, "island").valueProperty().get());
        assertTrue(field(model, "island").isCategory());
        assertTrue(field(model, "bill_length_mm").hint().startsWith("training range "));
        assertTrue(model.sourceProperty().get().contains("row " + (row + 1)));
        assertFalse(model.predictionProperty().get().isEmpty());
        assertEquals(3, model.chances().size());
        double sum = model.chances().stream().mapToDouble(WhatIfViewModel.ClassChance::probability).sum();
        assertEquals(1, sum, 1e-6);
    }

    @Test
    void theTrainScreensReferenceRowFillsTheFormIncludingItsOneHotCategory() {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        Map<String, Double> reference = new HashMap<>();
        reference.put("bill_length_mm", 50.5);
        reference.put("island=Biscoe", 0.0);
        reference.put("island=Dream", 1.0);
        reference.put("island=Torgersen", 0.0);
        workbench.referenceRowProperty().set(reference);
        workbench.latestModelProperty().set(penguins);
        WhatIfViewModel model = new EvaluationViewModel(workbench, Debouncer.immediate(), Runnable::run,
                Runnable::run).whatIf();

        assertEquals("50.5", field(model, "bill_length_mm").valueProperty().get());
        assertEquals("Dream", field(model, "island").valueProperty().get());
        assertTrue(model.sourceProperty().get().contains("reference row"));
    }

    @Test
    void aNewReferenceRowOnTheTrainScreenRefillsTheForm() {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.latestModelProperty().set(penguins);
        WhatIfViewModel model = new EvaluationViewModel(workbench, Debouncer.immediate(), Runnable::run,
                Runnable::run).whatIf();
        field(model, "bill_length_mm").valueProperty().set("41");

        Map<String, Double> reference = new HashMap<>();
        reference.put("bill_length_mm", 57.25);
        workbench.referenceRowProperty().set(reference);

        assertEquals("57.25", field(model, "bill_length_mm").valueProperty().get());
        assertTrue(model.sourceProperty().get().contains("reference row"));
    }

    @Test
    void anUnusableValueIsMarkedOnItsFieldAndFixingItPredictsAgain() {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.latestModelProperty().set(penguins);
        WhatIfViewModel model = new EvaluationViewModel(workbench, Debouncer.immediate(), Runnable::run,
                Runnable::run).whatIf();
        String before = model.chances().get(0).className() + model.chances().get(0).probability();

        field(model, "flipper_length_mm").valueProperty().set("long");
        assertEquals("must be a number, not \"long\"", field(model, "flipper_length_mm").problemProperty().get());
        assertFalse(model.validProperty().get());
        assertEquals("", model.predictionProperty().get());
        assertEquals("", field(model, "island").problemProperty().get(), "only the bad field is marked");

        field(model, "flipper_length_mm").valueProperty().set("230");
        field(model, "body_mass_g").valueProperty().set("6000");
        assertTrue(model.validProperty().get());
        assertEquals("", field(model, "flipper_length_mm").problemProperty().get());
        assertNotEquals(before, model.chances().get(0).className() + model.chances().get(0).probability());
    }
}
