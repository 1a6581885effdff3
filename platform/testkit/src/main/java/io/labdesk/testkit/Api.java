package io.labdesk.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** LabDesk's REST API as a client calls it: as a demo user, in a language, optionally naming the tenant. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    public static HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return call(method, path, user, body, "en", null);
    }

    /** {@code headers}: further name/value pairs, replacing the defaults of the same name (e.g. Accept). */
    public static HttpResponse<String> call(String method, String path, String user, String body, String language,
                                     String tenant, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Authorization", "Bearer " + Keycloak.accessToken(user))
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (tenant != null) {
            request.header("X-LabDesk-Tenant", tenant);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A workflow move on a request, as {@code user}, on the version last read; asserts it succeeded. */
    public static JsonObject act(String user, String id, String action, JsonObject current, String fields) throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/requests/" + id + "/actions/" + action, user,
                "{\"version\":" + current.getJsonNumber("version").longValue() + (fields.isEmpty() ? "" : "," + fields)
                        + "}");
        if (response.statusCode() != 200) {
            throw new AssertionError(action + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    /** A document (a PDF, a sheet) as {@code user} downloads it; asserts it came with {@code contentType}. */
    public static byte[] download(String path, String user, String contentType) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Authorization", "Bearer " + Keycloak.accessToken(user)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("")
                .startsWith(contentType)) {
            throw new AssertionError(path + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("(no type)"));
        }
        return response.body();
    }

    /** Switches module {@code id} on or off in the admin's institution, unless it already is. */
    public static void switchModule(String admin, String id, boolean on) throws Exception {
        JsonObject module = json(call("GET", "/api/v1/modules/" + id, admin, null));
        if (module.getBoolean("enabled") == on) {
            return;
        }
        HttpResponse<String> response = call("PUT", "/api/v1/modules/" + id + "/enabled", admin,
                Json.createObjectBuilder().add("enabled", on).add("version", module.getJsonNumber("version"))
                        .build().toString());
        if (response.statusCode() != 200) {
            throw new AssertionError("Switching " + id + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** The text of a PDF, its white space collapsed to single blanks, as a reader would search it. */
    public static String pdfText(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
