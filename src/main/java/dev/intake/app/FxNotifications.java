package dev.intake.app;

import dev.intake.common.Stylesheet;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * {@link Notifier} as ControlsFX notifications at the top right of the main window, in the window's theme: not at the
 * bottom, where they would cover the wizard's Next and Submit buttons while the user goes on typing.
 */
final class FxNotifications implements Notifier {
    /** Long enough to read two short lines; a confirmation needs no answer. */
    static final Duration SHOWN_FOR = Duration.seconds(5);
    private final Stage owner;

    FxNotifications(Stage owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public void confirm(String title, String text) {
        if (!owner.isShowing() || owner.getScene() == null) {
            return;
        }
        Notifications notification = Notifications.create()
                .owner(owner)
                .title(title)
                .text(text)
                .position(Pos.TOP_RIGHT)
                .hideAfter(SHOWN_FOR)
                .styleClass("intake-notification");
        if (Stylesheet.isDark(owner.getScene())) {
            notification.darkStyle();
        }
        notification.show();
    }
}
