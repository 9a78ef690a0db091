package deepdesk.ui.dataset;

import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.Workbench;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A million rows: the table holds no row objects and creates cells only for what is visible. */
@ExtendWith(ApplicationExtension.class)
class MillionRowsTest extends FxRobot {

    private DatasetViewModel model;

    @Start
    void start(Stage stage) {
        model = new DatasetViewModel(new FakeDataOperations(), new Workbench(preparation -> { }, Runnable::run), new BackgroundWork(Runnable::run, Runnable::run),
                Runnable::run, Runnable::run);
        stage.setScene(new Scene(new DatasetView(model), 1200, 760));
        stage.show();
    }

    @Test
    void theLastOfAMillionRowsIsReachedWithOnlyTheVisibleRowsBuilt() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.generate(model.generators().get(0), 1_000_000, 0, 1))
                .get(30, TimeUnit.SECONDS);
        TableView<?> table = lookup("#row-table").queryAs(TableView.class);
        assertEquals(1_000_000, WaitForAsyncUtils.asyncFx(() -> table.getItems().size()).get());

        interact(() -> table.scrollTo(999_990));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !from(table).lookup(LabeledMatchers.hasText("1000000"))
                .queryAll().isEmpty());

        int rows = WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").size()).get();
        assertTrue(rows < 100, "only visible rows are built, found " + rows);
        long shownLast = from(table).lookup(LabeledMatchers.hasText("1999999")).queryAll().size();
        assertEquals(1, shownLast, "the last row's y = 2·999999 + 1 is shown");
        assertTrue(from(table).lookup(".table-row-cell").queryAll().stream()
                .allMatch(node -> node instanceof TableRow<?>));
    }
}
