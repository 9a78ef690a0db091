package deepdesk.ui;

import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.TaskKind;
import deepdesk.ui.common.ScatterData;
import deepdesk.ui.common.ScatterPlot;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user does first, on the real application: open a sample from the menu, pick a target,
 * change a role, and see the statistics and the scatter plot follow.
 */
class DatasetScreenTest extends FxRobot {

    private javafx.application.Application app;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DeepDeskApp::new);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void openASampleChooseATargetChangeARoleAndSeeStatisticsAndScatterFollow() throws Exception {
        assertTrue(onFx(() -> lookup("#data-start").query().isVisible()), "the start screen shows first");

        // Monocle does not open menus on a click, so the menu is shown as a click would show it.
        Menu file = lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        interact(file::show);
        moveTo("Open sample");
        // into the submenu sideways, so the pointer never crosses another item of the File menu
        Node submenuItem = lookup("Iris flowers").match(Node::isVisible).query();
        moveTo(submenuItem);
        clickOn("Palmer penguins");

        waitUntil(() -> "penguins.csv".equals(label("#dataset-title").getText()));
        waitUntil(() -> label("#stats-title").getText().startsWith("species"));
        assertEquals("Target: species", onFx(() -> label("#target-label").getText()));
        assertEquals("344", onFx(() -> label("#stat-count").getText().replace(",", "")));
        waitUntil(() -> label("#preparation-outcome").getText().startsWith("Prepared:"));
        ScatterData first = waitForScatter(null);
        assertEquals("species", first.colorLabel());
        assertEquals("bill_length_mm", first.xLabel());

        choose("#role-island", "Target");

        waitUntil(() -> "Target: island".equals(label("#target-label").getText()));
        assertEquals(ColumnRole.INPUT, onFx(() -> combo("#role-species").getValue()));
        assertEquals(TaskKind.CLASSIFICATION, onFx(() -> combo("#task-choice").getValue()));
        ScatterData recoloured = waitForScatter(first);
        assertEquals("island", recoloured.colorLabel());
        assertEquals(3, recoloured.groupNames().size());

        choose("#role-sex", "Ignore");
        assertEquals(ColumnRole.IGNORE, onFx(() -> combo("#role-sex").getValue()));

        clickOn(from(lookup("#column-table").queryAll()).lookup(LabeledMatchers.hasText("body_mass_g")).queryLabeled());
        waitUntil(() -> label("#stats-title").getText().startsWith("body_mass_g"));
        assertEquals("2", onFx(() -> label("#stat-missing").getText()));
        assertEquals("4201.8", onFx(() -> label("#stat-mean").getText()));

        choose("#scatter-x", "flipper_length_mm");
        ScatterData moved = waitForScatter(recoloured);
        assertEquals("flipper_length_mm", moved.xLabel());
        assertEquals(342, moved.size());
    }

    @Test
    void theRowTableMarksMissingCells() throws Exception {
        clickOn("#start-sample-penguins");
        waitUntil(() -> "penguins.csv".equals(label("#dataset-title").getText()));

        TableView<?> rows = lookup("#row-table").queryAs(TableView.class);
        assertEquals(344, onFx(() -> rows.getItems().size()));
        waitUntil(() -> !lookup("#row-table .missing-cell").queryAll().isEmpty());
        assertEquals("NA", onFx(() -> ((javafx.scene.control.Labeled) lookup("#row-table .missing-cell").query()).getText()));
    }

    private void choose(String comboId, String text) {
        clickOn(comboId);
        Node cell = lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text))
                .match(Node::isVisible).query();
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ScatterData waitForScatter(ScatterData previous) throws Exception {
        ScatterPlot plot = lookup("#scatter-plot").queryAs(ScatterPlot.class);
        waitUntil(() -> plot.data() != null && plot.data() != previous);
        ScatterData data = onFx(plot::data);
        assertNotEquals(previous, data);
        return data;
    }

    private Label label(String id) {
        return lookup(id).queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
