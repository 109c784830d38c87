package dev.intake.ats;

import dev.intake.common.Lazy;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The HTTP edge of {@link StackOneClient}: runs one call, blocking or asynchronously, and maps every outcome to a
 * value or an {@link AtsException}. Responses are always closed here.
 */
final class StackOneHttp {
    /** Reads a 2xx body; a failure means the body was not what was expected. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(byte[] body) throws IOException;
    }

    /** What a call is, for messages: e.g. "GET /unified/ats/jobs". */
    record Operation(String method, String path, boolean creates) {
        String describe() {
            return method + " " + path;
        }

        /** What a write may have made: the application, or a note or document added to one. */
        String made() {
            return path.endsWith("/notes") ? "The note may have been added"
                    : path.endsWith("/documents/upload") ? "The document may have been uploaded"
                    : "The application may have been created";
        }
    }

    /** The clients for reads and for writes. */
    private record Clients(OkHttpClient reads, OkHttpClient writes) {
    }

    /** Made by the first call, on its (background) thread: building a client sets up TLS, about 0.1 s. */
    private final Lazy<Clients> clients;
    private final HttpUrl base;
    private final Redactor redactor;
    private final HttpErrors errors;

    StackOneHttp(Supplier<OkHttpClient> client, HttpUrl base, Redactor redactor, Clock clock) {
        Objects.requireNonNull(client, "client");
        this.clients = Lazy.of(() -> {
            OkHttpClient reads = client.get();
            // A create goes out exactly once, to exactly this URL: OkHttp must neither replay it after a
            // connection failure (it would, on a stale pooled connection or a 408) nor follow a redirect with the
            // same body. Reads keep OkHttp's silent retry, which is harmless for a GET and hides stale pooled
            // connections.
            return new Clients(reads, reads.newBuilder().retryOnConnectionFailure(false).followRedirects(false)
                    .build());
        });
        this.base = base;
        this.redactor = redactor;
        this.errors = new HttpErrors(redactor, clock);
    }

    HttpUrl.Builder url(String pathSegments) {
        return base.newBuilder().addPathSegments(pathSegments);
    }

    /** A request with JSON {@code Accept} and a fresh {@link SendProgress} tag. */
    static Request.Builder newRequest(HttpUrl url) {
        return newRequest(url, new SendProgress());
    }

    /** A request with JSON {@code Accept} and {@code progress} as its tag (its body reports to it). */
    static Request.Builder newRequest(HttpUrl url, SendProgress progress) {
        return new Request.Builder().url(url).header("Accept", "application/json")
                .tag(SendProgress.class, progress);
    }

    <T> T execute(Request request, BodyReader<T> reader) {
        Operation operation = operation(request);
        Call call = newCall(request);
        try (Response response = call.execute()) {
            return read(operation, response, reader);
        } catch (IOException e) {
            throw networkFailure(operation, request, e);
        }
    }

    /** Runs the call on OkHttp's dispatcher; cancelling the returned future cancels the call. */
    <T> CallInFlight<T> executeAsync(Request request, BodyReader<T> reader) {
        Operation operation = operation(request);
        Call call = newCall(request);
        CallInFlight<T> future = new CallInFlight<>(call);
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                future.completeExceptionally(networkFailure(operation, request, e));
            }

            @Override
            public void onResponse(Call answered, Response response) {
                try (response) {
                    future.complete(read(operation, response, reader));
                } catch (IOException e) {
                    future.completeExceptionally(networkFailure(operation, request, e));
                } catch (RuntimeException e) {
                    // Never leave the future hanging, whatever went wrong.
                    future.completeExceptionally(e);
                }
            }
        });
        return future;
    }

    private OkHttpClient clientFor(Request request) {
        Clients made = clients.get();
        return "GET".equals(request.method()) ? made.reads() : made.writes();
    }

    /** A call whose overall time limit leaves room for its body (see {@link HttpClients#callTimeoutMillis}). */
    private Call newCall(Request request) {
        OkHttpClient client = clientFor(request);
        Call call = client.newCall(request);
        long bodyBytes = bodyLength(request);
        if (bodyBytes > 0 && client.callTimeoutMillis() > 0) {
            call.timeout().timeout(HttpClients.callTimeoutMillis(client.callTimeoutMillis(), bodyBytes),
                    TimeUnit.MILLISECONDS);
        }
        return call;
    }

    private static long bodyLength(Request request) {
        try {
            return request.body() == null ? 0 : request.body().contentLength();
        } catch (IOException e) {
            return -1;
        }
    }

    private static Operation operation(Request request) {
        return new Operation(request.method(), request.url().encodedPath(), !"GET".equals(request.method()));
    }

    /** Maps a response; IOException only when its body broke off while being read. */
    private <T> T read(Operation operation, Response response, BodyReader<T> reader) throws IOException {
        if (!response.isSuccessful()) {
            throw errors.toException(response);
        }
        byte[] body = response.body().bytes();
        try {
            return reader.read(body);
        } catch (IOException e) {
            throw unreadable(operation, response.code(), e);
        }
    }

    private AtsNetworkException unreadable(Operation operation, int status, IOException e) {
        String consequence = operation.creates()
                ? operation.made() + ": check the ATS before sending it again."
                : "Nothing was changed; try again later.";
        return new AtsNetworkException("The ATS answered " + status + " to " + operation.describe()
                + " but its answer could not be read (" + firstLine(redactor.redact(e.getMessage())) + "). "
                + consequence, true, e);
    }

    private AtsNetworkException networkFailure(Operation operation, Request request, IOException e) {
        SendProgress progress = request.tag(SendProgress.class);
        boolean reached = progress == null || progress.mayHaveReachedServer(e);
        String cause = e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + firstLine(redactor.redact(e.getMessage())));
        String what;
        if (!reached) {
            what = "Could not send " + operation.describe() + " to " + request.url().host()
                    + " (" + cause + "). Nothing reached the ATS.";
        } else if (operation.creates() && progress != null && !progress.mayHaveReachedServer()) {
            what = "The connection timed out while " + operation.describe() + " was being sent (" + cause
                    + "). " + operation.made() + ": check the ATS before sending it again.";
        } else if (operation.creates()) {
            what = "The connection failed after " + operation.describe() + " was sent (" + cause
                    + "). " + operation.made() + ": check the ATS before sending it again.";
        } else {
            what = "The connection failed during " + operation.describe() + " (" + cause + ").";
        }
        return new AtsNetworkException(what, reached, e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
