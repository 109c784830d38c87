package dev.intake.wizard.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentSourcesTest {
    @Test
    void historySeedsTheListAndTodaysSourcesGoFirst() {
        RecentSources recent = new RecentSources();
        recent.rememberAll(List.of("Hiring fair", "Referral", "LinkedIn"));
        assertEquals(List.of("Hiring fair", "Referral", "LinkedIn"), recent.list());

        recent.remember("referral");
        assertEquals(List.of("referral", "Hiring fair", "LinkedIn"), recent.list(),
                "a source used again moves to the front once, whatever its case");
    }
}
