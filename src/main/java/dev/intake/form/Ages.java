package dev.intake.form;

import java.time.Duration;

/** How old something is, in the words people use at a glance: "just now", "12 min ago", "3 h ago", "4 days ago". */
public final class Ages {
    private Ages() {
    }

    public static String ago(Duration age, Messages messages) {
        if (age.toMinutes() < 1) {
            return messages.get("form.age.now");
        }
        if (age.toHours() < 1) {
            return messages.get("form.age.minutes", age.toMinutes());
        }
        if (age.toDays() < 2) {
            return messages.get("form.age.hours", age.toHours());
        }
        return messages.get("form.age.days", age.toDays());
    }
}
