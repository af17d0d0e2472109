package se.styrplan.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server in the test JVM that records every request it gets and answers with JSON from a function of
 * the request's path and query. Stands in for Kolada (the indicator-service's configured base URL points at one)
 * and for an "internal" address that nothing may be tricked into fetching.
 */
final class RecordingServer {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, String> answer = uri -> "{\"count\":0,\"values\":[],\"next_url\":null}";

    RecordingServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String uri = exchange.getRequestURI().toString();
            requests.add(exchange.getRequestMethod() + " " + uri);
            byte[] body = answer.apply(uri).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the server answers from now on, by request URI (path and query). */
    void answer(Function<String, String> answer) {
        this.answer = answer;
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    void clear() {
        requests.clear();
    }
}
