package deepdesk.ui;

import deepdesk.core.training.TrainingService;
import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.dataset.CoreDataOperations;
import deepdesk.ui.dataset.DatasetViewModel;
import deepdesk.ui.training.ReferenceInput;
import deepdesk.ui.training.TrainViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The Train screen's reference row reaches the workbench, where the what-if form reads it. */
class ReferenceRowLinkTest {

    private final Executor direct = Runnable::run;
    private final TrainingService service = new TrainingService();

    @AfterEach
    void shutDown() throws InterruptedException {
        service.awaitShutdown(5, TimeUnit.SECONDS);
    }

    @Test
    void anEditedReferenceRowIsPublishedAndAResetOneIsWithdrawn() {
        Workbench workbench = new Workbench(direct, direct);
        DatasetViewModel data = new DatasetViewModel(new CoreDataOperations(), workbench, Debouncer.immediate(),
                new BackgroundWork(direct, direct), direct, direct);
        TrainViewModel train = new TrainViewModel(service, workbench, direct, direct);
        ReferenceRowLink.link(train, workbench);
        data.open(Path.of("samples", "penguins.csv"));
        assertFalse(train.referenceInputs().isEmpty());
        assertNull(workbench.referenceRowProperty().get(), "medians only: no reference row to offer");

        ReferenceInput bill = train.referenceInputs().stream().filter(i -> i.name().equals("bill_length_mm"))
                .findFirst().orElseThrow();
        assertEquals("", train.editReference(bill, "51.5"));
        Map<String, Double> row = workbench.referenceRowProperty().get();
        assertEquals(51.5, row.get("bill_length_mm"), 0.0);
        assertEquals(train.referenceInputs().size(), row.size(), "every input, one-hot columns included");

        train.resetReferenceRow();
        assertNull(workbench.referenceRowProperty().get());
    }
}
