package dev.intake.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Opens the main window where {@link WindowPlacement#fitted} says, on the screens there are now, and follows where
 * the user moves and sizes it, for {@link #current()} to save when Intake closes. On the UI thread.
 */
public final class WindowPlacementTracker {
    private final Stage stage;
    private WindowPlacement normal;

    private WindowPlacementTracker(Stage stage, WindowPlacement normal) {
        this.stage = stage;
        this.normal = normal;
    }

    /** Sizes and places {@code stage}, which is not showing yet, and starts following it. */
    public static WindowPlacementTracker place(Stage stage, Optional<WindowPlacement> saved) {
        WindowPlacement placement = WindowPlacement.fitted(saved, visualBoundsPrimaryFirst());
        Rectangle2D screen = Screen.getScreensForRectangle(placement.x(), placement.y(), placement.width(),
                placement.height()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        Rectangle2D minimum = WindowPlacement.minimumOn(screen);
        stage.setMinWidth(minimum.getWidth());
        stage.setMinHeight(minimum.getHeight());
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
        WindowPlacementTracker tracker = new WindowPlacementTracker(stage, placement);
        // Read a turn later: desktops report the new size of a window being maximized before they report that
        // it is, and the size to come back to is the one it had before.
        InvalidationListener moved = bounds -> Platform.runLater(tracker::recordNormalBounds);
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        return tracker;
    }

    /** Where the window is now: its bounds when not maximized, and whether it is maximized. */
    public WindowPlacement current() {
        return new WindowPlacement(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }

    private void recordNormalBounds() {
        boolean normalState = stage.isShowing() && !stage.isMaximized() && !stage.isIconified()
                && !stage.isFullScreen();
        if (normalState && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    private static List<Rectangle2D> visualBoundsPrimaryFirst() {
        Screen primary = Screen.getPrimary();
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(primary.getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(primary)) {
                screens.add(screen.getVisualBounds());
            }
        }
        return screens;
    }
}
