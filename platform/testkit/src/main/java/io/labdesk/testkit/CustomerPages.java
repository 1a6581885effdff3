package io.labdesk.testkit;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The customers' pages as a browser without script sees them: plain GETs and form posts, redirects not followed. */
public final class CustomerPages {

    private CustomerPages() {
    }

    /** A client that calls from its own loopback address, so that the per-client limit of one test spares others. */
    public static HttpClient from(String address) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as {@code application/x-www-form-urlencoded}. */
    public static HttpResponse<String> submit(HttpClient client, String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
