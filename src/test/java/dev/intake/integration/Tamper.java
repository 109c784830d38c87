package dev.intake.integration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A network interceptor under the client's own interceptors: it sees the request exactly as the client would put
 * it on the wire (signed, with its body) and can change it first. It lets a test send what the client itself never
 * would (invalid JSON, no account header) while the answer still goes through the client's error mapping.
 */
final class Tamper implements Interceptor {
    private static final MediaType JSON = MediaType.get("application/json");

    private volatile UnaryOperator<Request> rewrite = UnaryOperator.identity();

    void set(UnaryOperator<Request> newRewrite) {
        rewrite = newRewrite;
    }

    void clear() {
        rewrite = UnaryOperator.identity();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(rewrite.apply(chain.request()));
    }

    /** Sends {@code body} instead of the request's own body. */
    static UnaryOperator<Request> body(String body) {
        return request -> withBody(request, RequestBody.create(body, JSON));
    }

    /** Sends the request's JSON body after {@code edit} changed it. */
    static UnaryOperator<Request> json(Consumer<ObjectNode> edit) {
        return request -> {
            try {
                ObjectNode body = (ObjectNode) Json.mapper().readTree(bytes(request.body()));
                edit.accept(body);
                return withBody(request, RequestBody.create(Json.mapper().writeValueAsBytes(body), JSON));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * Sends the body unchanged, flushes it to the socket, then counts {@code sent} down: from then on the server has
     * (or is about to have) the whole request.
     */
    static UnaryOperator<Request> signalWhenSent(CountDownLatch sent) {
        return request -> {
            RequestBody original = request.body();
            return withBody(request, new RequestBody() {
                @Override
                public MediaType contentType() {
                    return original.contentType();
                }

                @Override
                public long contentLength() throws IOException {
                    return original.contentLength();
                }

                @Override
                public void writeTo(BufferedSink sink) throws IOException {
                    original.writeTo(sink);
                    sink.flush();
                    sent.countDown();
                }
            });
        };
    }

    private static Request withBody(Request request, RequestBody body) {
        try {
            // The bridge interceptor set Content-Length for the original body; it must match what is sent.
            return request.newBuilder().method(request.method(), body)
                    .header("Content-Length", Long.toString(body.contentLength())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(RequestBody body) throws IOException {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }
}
