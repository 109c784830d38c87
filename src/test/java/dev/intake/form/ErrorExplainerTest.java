package dev.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Messages;

import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorExplainerTest {
    private final ErrorExplainer explainer = new ErrorExplainer(Messages.load());

    @Test
    void eachStatusGetsItsOwnPlainWordsAndAdvice() {
        Set<String> advice = new HashSet<>();
        for (int status : List.of(400, 401, 403, 404, 408, 409, 412, 422, 429, 500)) {
            ErrorExplainer.Explanation e = explainer.explain(status, "server says");
            assertTrue(e.title().contains(String.valueOf(status)), e.title());
            assertEquals("server says", e.detail());
            advice.add(e.advice());
        }
        assertEquals(10, advice.size(), "every status has its own advice");
        assertTrue(explainer.explain(503, null).advice().contains("try again automatically"));
        assertTrue(explainer.explain(401, null).advice().contains("API key"));
    }

    @Test
    void networkFailuresSayTheApplicationIsKept() {
        ErrorExplainer.Explanation e = explainer.explain(new AtsNetworkException("Connection refused", false, null));
        assertEquals("No connection to the ATS", e.title());
        assertTrue(e.advice().contains("sent when the connection is back"));
        assertEquals(explainer.explain(404, "gone"),
                explainer.explain(new AtsHttpException(404, "gone", null, null, null, null)));
    }
}
