package dev.intake.ats;

import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;

/**
 * How far one call got in sending its request, recorded from OkHttp's events. Attached to the request as a tag;
 * after a failure it answers whether the server may have received the whole request.
 *
 * <p>A request counts as sent once its body has been completely handed to the connection (for a request without a
 * body, its headers). Before that the server cannot have acted on it: HTTP frames the body by its length, and no
 * server processes a create whose body is cut short. Connect, DNS and TLS failures, and a cancel before sending,
 * all end the call before that point.
 */
final class SendProgress {
    /** Creates the per-call listener for requests that carry a {@link SendProgress} tag. */
    static final EventListener.Factory LISTENERS = call -> {
        SendProgress progress = call.request().tag(SendProgress.class);
        return progress == null ? EventListener.NONE : progress.listener();
    };

    private volatile boolean sent;

    /** True when the request may have reached the server, so a create may already exist. */
    boolean mayHaveReachedServer() {
        return sent;
    }

    private EventListener listener() {
        return new EventListener() {
            @Override
            public void requestHeadersEnd(Call call, Request request) {
                if (request.body() == null) {
                    sent = true;
                }
            }

            @Override
            public void requestBodyEnd(Call call, long byteCount) {
                sent = true;
            }
        };
    }
}
