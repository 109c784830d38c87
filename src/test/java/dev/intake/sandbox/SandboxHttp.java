package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Json;
import dev.intake.ats.JobPosting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Raw HTTP against a running sandbox, as any StackOne client would talk to it. */
final class SandboxHttp implements AutoCloseable {
    static final String APPLICATIONS = "/unified/ats/applications";

    private final SandboxServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SandboxHttp(SandboxServer server) {
        this.server = server;
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** An answer, body as text. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            return parse(body);
        }

        String message() {
            return json().path("message").asText();
        }

        /** The fields named by an error message of the form {@code field: problem; field: problem}. */
        List<String> fields() {
            return problems().stream().map(p -> p[0]).toList();
        }

        /** The {@code [field, problem]} entries of the error message. */
        List<String[]> problems() {
            List<String[]> problems = new ArrayList<>();
            for (String entry : message().split("; ")) {
                int colon = entry.indexOf(": ");
                problems.add(colon < 0 ? new String[] {"", entry}
                        : new String[] {entry.substring(0, colon), entry.substring(colon + 2)});
            }
            return problems;
        }

        /** The problem text for one field; fails when the field is not named. */
        String problem(String field) {
            return problems().stream().filter(p -> p[0].equals(field)).map(p -> p[1]).findFirst()
                    .orElseThrow(() -> new AssertionError("no problem for " + field + " in: " + message()));
        }
    }

    static String basic(String apiKey) {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Deep-object names such as {@code filter[email]} may be written plainly: brackets are escaped here. */
    URI uri(String pathAndQuery) {
        return server.baseUrl().resolve(pathAndQuery.replace("[", "%5B").replace("]", "%5D"));
    }

    /** A request with the sandbox's credentials and account. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(server.apiKey())).header("x-account-id", server.accountId());
    }

    Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply post(String path, JsonNode json) {
        return post(path, json.toString());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #send} but lets the caller see a transport failure as the exception it is. */
    HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpClient client() {
        return client;
    }

    /** Every item of a list, following {@code next} cursors. */
    List<JsonNode> all(String path, Map<String, String> query, int pageSize) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            StringBuilder url = new StringBuilder(path).append("?page_size=").append(pageSize);
            query.forEach((k, v) -> url.append('&').append(encode(k)).append('=').append(encode(v)));
            if (cursor != null) {
                url.append("&next=").append(encode(cursor));
            }
            Reply reply = get(url.toString());
            if (reply.status() != 200) {
                throw new AssertionError(url + " answered " + reply.status() + ": " + reply.body());
            }
            reply.json().path("data").forEach(items::add);
            cursor = reply.json().path("next").isTextual() ? reply.json().path("next").asText() : null;
        } while (cursor != null && !cursor.isEmpty());
        return items;
    }

    /**
     * Sends {@code head} (request line and headers, each ending in CRLF, without the blank line) and then
     * {@code body} over a plain socket, as no HTTP client lets a caller choose {@code Host} or lie about
     * {@code Content-Length}, and reads one answer (by its {@code Content-length}, else until the server closes).
     * The status is -1 when the server closed without an answer.
     */
    Reply raw(String head, byte[] body) {
        try (Socket socket = new Socket(server.baseUrl().getHost(), server.baseUrl().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before taking all of the body: its answer is still there to read.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
            while (!headBytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return new Reply(-1, HttpHeaders.of(Map.of(), (x, y) -> true), headBytes.toString());
                }
                headBytes.write(b);
            }
            String answerHead = headBytes.toString(StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(answerHead.substring(9, 12));
            Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(answerHead);
            byte[] answer = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
            return new Reply(status, HttpHeaders.of(Map.of(), (x, y) -> true),
                    new String(answer, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request line and headers of a GET with the sandbox's credentials and the given {@code Host} line. */
    String rawGet(String path, String hostLine) {
        return "GET " + path + " HTTP/1.1\r\n" + hostLine + "Authorization: " + basic(server.apiKey()) + "\r\n"
                + "x-account-id: " + server.accountId() + "\r\n";
    }

    @Override
    public void close() {
        client.close();
    }

    // ---------------------------------------------------------------- request bodies

    /** A new candidate with a fresh address (so each test's candidate is its own). */
    static ObjectNode newCandidate(String email) {
        ObjectNode candidate = Json.mapper().createObjectNode();
        candidate.put("first_name", "Zoë");
        candidate.put("last_name", "Łukasiewicz-山田");
        candidate.put("email", email);
        candidate.putArray("phone_numbers").addObject().put("type", "mobile").put("phone", "+44 7700 112233");
        return candidate;
    }

    /** A valid body for {@code posting}: every required, visible question answered. */
    static ObjectNode validRequest(JobPosting posting, ObjectNode candidate) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("job_id", posting.jobId());
        body.put("job_posting_id", posting.id());
        body.set("candidate", candidate);
        body.set("questionnaires", answersFor(posting));
        body.putObject("source").put("name", "Hiring fair");
        return body;
    }

    /**
     * Answers to every required question that shows when each choice question gets its first option (the
     * seeded questionnaires never make a question conditional on a first option).
     */
    static ArrayNode answersFor(JobPosting posting) {
        ArrayNode questionnaires = Json.mapper().createArrayNode();
        for (JobPosting.PostingQuestionnaire questionnaire : posting.questionnaires()) {
            ObjectNode answered = questionnaires.addObject();
            answered.put("id", questionnaire.id());
            ArrayNode answers = answered.putArray("answers");
            for (JobPosting.Question question : questionnaire.questions()) {
                if (question.isRequired() && question.parentQuestion() == null) {
                    answers.add(answer(question, SeedPostings.sampleValue(question)));
                }
            }
        }
        return questionnaires;
    }

    static ObjectNode answer(JobPosting.Question question, String... values) {
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.put("id", question.id());
        answer.putObject("type").put("value", question.type().value());
        ArrayNode list = answer.putArray("values");
        for (String value : values) {
            list.add(value);
        }
        return answer;
    }
}
