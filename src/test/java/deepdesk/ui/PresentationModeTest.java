package deepdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presentation mode and lesson packs in the real window: the menus offer them, F5 and
 * Ctrl+Shift+P switch to the Learn screen in presentation mode with the navigation hidden, and
 * Esc brings everything back.
 */
class PresentationModeTest extends FxRobot {

    private DeepDeskApp app;
    private Stage stage;

    // decision: the application gets a stage of its own, not the toolkit's primary stage, whose
    // size it would set for the tests that run after this one
    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            app = new DeepDeskApp();
            stage = new Stage();
            app.start(stage);
        }).get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            app.stop();
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theMenusOfferLessonPacksAndPresentationMode() throws Exception {
        MenuBar bar = lookup("#menu-bar").queryAs(MenuBar.class);
        assertTrue(onFx(() -> hasItem(bar, "menu-file", "menu-open-lesson")
                && hasItem(bar, "menu-file", "menu-save-lesson")
                && hasItem(bar, "menu-view", "menu-presentation")));
    }

    @Test
    void f5PresentsTheLearnScreenAndEscLeaves() throws Exception {
        Node navigation = lookup("#navigation").query();
        push(KeyCode.F5);
        waitUntil(() -> lookup("#presentation-bar").tryQuery().map(Node::isVisible).orElse(false));
        assertFalse(onFx(navigation::isVisible), "the navigation is hidden while presenting");
        assertTrue(onFx(() -> lookup("#screen-learn").query().getScene() != null));

        push(KeyCode.ESCAPE);
        waitUntil(navigation::isVisible);
        assertFalse(onFx(() -> lookup("#presentation-bar").query().isVisible()));

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        waitUntil(() -> lookup("#presentation-bar").query().isVisible());
        push(KeyCode.ESCAPE);
        waitUntil(navigation::isVisible);
    }

    private static boolean hasItem(MenuBar bar, String menuId, String itemId) {
        return bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst()
                .map(Menu::getItems).orElseThrow().stream().anyMatch(i -> itemId.equals(i.getId()));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
