package dev.intake.ats;

import java.util.concurrent.CompletableFuture;
import okhttp3.Call;

/**
 * The future of an HTTP call that can be stopped without losing what stopping did. {@link #cancel} completes the
 * future at once and so forgets whether the request had left; {@link #abort} stops the call and lets the future
 * complete with the outcome: an {@link AtsNetworkException} saying whether the request may have reached the server
 * (a create stopped before its request was out certainly created nothing), or the answer, when it came first.
 */
public final class CallInFlight<T> extends CompletableFuture<T> {
    private final Call call;

    CallInFlight(Call call) {
        this.call = call;
        // A plain cancel still stops the call, so nothing keeps running for a future nobody reads.
        whenComplete((value, failure) -> {
            if (isCancelled()) {
                call.cancel();
            }
        });
    }

    /** Stops the HTTP call; the future then completes with what that did. */
    public void abort() {
        call.cancel();
    }
}
