package dev.intake.window;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window is on the desktop: its bounds when not maximized, and whether it is maximized. Kept between
 * runs, so that Intake opens where the user left it, as desktop applications do.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    /** The size the window opens at the first time, on a screen that has room for it. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** Below this the form's two columns no longer fit; smaller only on a screen that is smaller still. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;
    /** How much of the top of the window must be on a screen for the user to grab it: its title bar. */
    private static final double GRAB_WIDTH = 100;
    private static final double GRAB_HEIGHT = 30;

    public WindowPlacement {
        if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width)
                || !Double.isFinite(height)) {
            throw new IllegalArgumentException("not a window's bounds: " + x + "," + y + " " + width + "x" + height);
        }
    }

    /**
     * Where to open the window given the screens there are now (their visual bounds, without task bars and docks;
     * the primary one first): the saved placement if its title bar is on one of them, fitted to that screen;
     * otherwise the default size, fitted to the primary screen and centred on it. So a window never opens out of
     * reach (a screen unplugged since) nor larger than its screen (the buttons at its bottom under a task bar).
     */
    public static WindowPlacement fitted(Optional<WindowPlacement> saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return saved.orElse(new WindowPlacement(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT, false));
        }
        if (saved.isPresent()) {
            Optional<Rectangle2D> holding = screens.stream().filter(saved.get()::titleBarOn).findFirst();
            if (holding.isPresent()) {
                return saved.get().fittedInto(holding.get());
            }
        }
        Rectangle2D primary = screens.getFirst();
        double width = Math.min(DEFAULT_WIDTH, primary.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, primary.getHeight());
        return new WindowPlacement(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height,
                saved.map(WindowPlacement::maximized).orElse(false));
    }

    /** The smallest the window may be made on {@code screen}: the form's minimum, or the screen if it is smaller. */
    public static Rectangle2D minimumOn(Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight()));
    }

    private boolean titleBarOn(Rectangle2D screen) {
        double left = Math.max(x, screen.getMinX());
        double right = Math.min(x + width, screen.getMaxX());
        double top = Math.max(y, screen.getMinY());
        double bottom = Math.min(y + GRAB_HEIGHT, screen.getMaxY());
        return right - left >= Math.min(GRAB_WIDTH, width) && bottom - top >= GRAB_HEIGHT / 2;
    }

    private WindowPlacement fittedInto(Rectangle2D screen) {
        double fittedWidth = Math.min(width, screen.getWidth());
        double fittedHeight = Math.min(height, screen.getHeight());
        double fittedX = Math.clamp(x, screen.getMinX(), screen.getMaxX() - fittedWidth);
        double fittedY = Math.clamp(y, screen.getMinY(), screen.getMaxY() - fittedHeight);
        return new WindowPlacement(fittedX, fittedY, fittedWidth, fittedHeight, maximized);
    }
}
