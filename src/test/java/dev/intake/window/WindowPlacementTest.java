package dev.intake.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens, on the screens there are (visual bounds: without task bars). */
class WindowPlacementTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    /** A 1366×768 laptop with a 40 px task bar, the common office laptop. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    /** A second screen to the left of the primary one. */
    private static final Rectangle2D LEFT_SCREEN = new Rectangle2D(-1280, 0, 1280, 984);

    private static WindowPlacement at(double x, double y, double width, double height) {
        return new WindowPlacement(x, y, width, height, false);
    }

    @Test
    void theFirstTimeItOpensAtTheDefaultSizeInTheMiddleOfThePrimaryScreen() {
        assertEquals(at(320, 120, 1280, 800), WindowPlacement.fitted(Optional.empty(), List.of(FULL_HD, LEFT_SCREEN)));
    }

    @Test
    void onASmallLaptopTheFirstWindowFitsAboveTheTaskBarSoItsButtonsShow() {
        WindowPlacement placement = WindowPlacement.fitted(Optional.empty(), List.of(LAPTOP));

        assertEquals(at(43, 0, 1280, 728), placement);
    }

    @Test
    void whereTheUserLeftItIsWhereItOpens() {
        WindowPlacement left = new WindowPlacement(100, 50, 1100, 700, false);

        assertEquals(left, WindowPlacement.fitted(Optional.of(left), List.of(FULL_HD)));
    }

    @Test
    void aMaximizedWindowOpensMaximizedWithItsSizeToComeBackTo() {
        WindowPlacement left = new WindowPlacement(100, 50, 1100, 700, true);

        assertEquals(left, WindowPlacement.fitted(Optional.of(left), List.of(FULL_HD)));
    }

    @Test
    void aWindowLeftOnTheSecondScreenOpensThere() {
        WindowPlacement left = at(-1200, 40, 1000, 700);

        assertEquals(left, WindowPlacement.fitted(Optional.of(left), List.of(FULL_HD, LEFT_SCREEN)));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensOnThePrimaryOneKeepingMaximized() {
        WindowPlacement onTheUnpluggedScreen = new WindowPlacement(-1200, 40, 1000, 700, true);

        assertEquals(new WindowPlacement(320, 120, 1280, 800, true),
                WindowPlacement.fitted(Optional.of(onTheUnpluggedScreen), List.of(FULL_HD)));
    }

    @Test
    void aWindowLargerThanItsScreenNowShrinksToIt() {
        WindowPlacement fromTheBigScreen = at(200, 100, 1700, 900);

        assertEquals(at(0, 0, 1366, 728), WindowPlacement.fitted(Optional.of(fromTheBigScreen), List.of(LAPTOP)));
    }

    @Test
    void aWindowHangingOverTheScreensEdgeIsMovedBackOnIt() {
        WindowPlacement overTheRightEdge = at(1800, 100, 1000, 700);

        assertEquals(at(920, 100, 1000, 700), WindowPlacement.fitted(Optional.of(overTheRightEdge), List.of(FULL_HD)));
    }

    @Test
    void aWindowWhoseTitleBarCannotBeReachedOpensAtTheDefaultPlace() {
        WindowPlacement titleBarAboveTheScreen = at(100, -500, 1000, 800);
        WindowPlacement onlyItsCornerShows = at(1880, 100, 1000, 700);

        assertEquals(at(320, 120, 1280, 800),
                WindowPlacement.fitted(Optional.of(titleBarAboveTheScreen), List.of(FULL_HD)));
        assertEquals(at(320, 120, 1280, 800),
                WindowPlacement.fitted(Optional.of(onlyItsCornerShows), List.of(FULL_HD)));
    }

    @Test
    void theMinimumSizeIsTheFormsUnlessTheScreenIsSmaller() {
        assertEquals(new Rectangle2D(0, 0, 900, 600), WindowPlacement.minimumOn(FULL_HD));
        assertEquals(new Rectangle2D(0, 0, 900, 560), WindowPlacement.minimumOn(new Rectangle2D(0, 0, 1024, 560)));
    }

    @Test
    void boundsNoWindowCanHaveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> at(0, 0, 0, 700));
        assertThrows(IllegalArgumentException.class, () -> at(0, 0, 1000, -1));
        assertThrows(IllegalArgumentException.class, () -> at(Double.NaN, 0, 1000, 700));
        assertThrows(IllegalArgumentException.class, () -> at(0, 0, Double.POSITIVE_INFINITY, 700));
    }
}
