package dev.intake.ats;

import java.io.InterruptedIOException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;

/**
 * How far one call got in sending its request, recorded from OkHttp's events and from the body as it is written.
 * Attached to the request as a tag; after a failure it answers whether the server may have received the request.
 *
 * <p>A request counts as sent once its body has been completely handed to the connection (for a request without a
 * body, its headers). A connection the server broke off before that cannot have delivered a create it acted on:
 * HTTP frames the body by its length, and no server processes a create whose body is cut short. Connect, DNS and TLS
 * failures, and a cancel before sending, all end the call before that point.
 *
 * <p>A time-out is different: it is this side giving up, not the server refusing. Bytes already handed to the
 * connection keep travelling after the call ends, and a time-out that fires on the last write can leave the whole
 * body on its way. So once any byte of the body was written, a time-out counts as "may have reached the server".
 */
final class SendProgress {
    /** Creates the per-call listener for requests that carry a {@link SendProgress} tag. */
    static final EventListener.Factory LISTENERS = call -> {
        SendProgress progress = call.request().tag(SendProgress.class);
        return progress == null ? EventListener.NONE : progress.listener();
    };

    private volatile boolean sent;
    private volatile long bodyBytesWritten;

    /** True when the request may have reached the server, so a create may already exist. */
    boolean mayHaveReachedServer() {
        return sent;
    }

    /** As {@link #mayHaveReachedServer()}, for a call that ended with {@code failure}. */
    boolean mayHaveReachedServer(Exception failure) {
        return sent || (failure instanceof InterruptedIOException && bodyBytesWritten > 0);
    }

    /** The body has been handed to the connection up to {@code byteCount} bytes. */
    void bodyWritten(long byteCount) {
        bodyBytesWritten = byteCount;
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
