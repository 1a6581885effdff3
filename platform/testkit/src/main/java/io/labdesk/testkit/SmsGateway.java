package io.labdesk.testkit;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An SMS gateway on loopback for the tests: LabDesk's HTTP SMS provider posts to it; tests read what arrived. */
public final class SmsGateway implements AutoCloseable {

    public record Sms(String to, String text) {
    }

    private final HttpServer server;
    private final List<Sms> received = new CopyOnWriteArrayList<>();

    SmsGateway(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/sms", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonObject body = Json.createReader(in).readObject();
                received.add(new Sms(body.getString("to"), body.getString("text")));
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    public List<Sms> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
