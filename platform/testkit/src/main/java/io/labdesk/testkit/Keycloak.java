package io.labdesk.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Tokens from the test run's real Keycloak, for API calls as a demo user. */
public final class Keycloak {

    public static final String DEMO_PASSWORD = "labdesk";

    private Keycloak() {
    }

    public static String accessToken(String username) throws Exception {
        HttpResponse<String> response = passwordGrant(username, DEMO_PASSWORD);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        return json.getString("access_token");
    }

    /** Keycloak's answer to signing in with a password (the token, or why not). */
    public static HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=labdesk&client_secret=labdesk-dev-secret"
                + "&scope=openid%20organization%3A*"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.oidcUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the realm has an organization with this alias, asked as LabDesk's service account. */
    public static boolean organizationExists(String alias) throws Exception {
        return admin("/organizations?briefRepresentation=true&max=1000").stream()
                .anyMatch(o -> alias.equals(o.getString("alias", null)));
    }

    /** Whether the realm has an account with exactly this username, asked as LabDesk's service account. */
    public static boolean userExists(String username) throws Exception {
        return admin("/users?exact=true&username=" + java.net.URLEncoder.encode(username,
                java.nio.charset.StandardCharsets.UTF_8)).stream().anyMatch(u -> username.equals(u.getString("username",
                null)));
    }

    /** Gives the account a lasting password, as an administrator would in Keycloak's console. */
    public static void setPassword(String username, String password) throws Exception {
        String id = admin("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("No account " + username)).getString("id");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(adminUrl()
                        + "/users/" + id + "/reset-password"))
                .header("Authorization", "Bearer " + serviceToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false).build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the password: " + answer.statusCode() + " " + answer.body());
        }
    }

    private static String serviceToken() throws Exception {
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestEnvironment.oidcUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=labdesk-admin"
                        + "&client_secret=labdesk-admin-dev-secret")).build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
    }

    private static String adminUrl() {
        String issuer = TestEnvironment.oidcUrl();
        int realmAt = issuer.indexOf("/realms/");
        return issuer.substring(0, realmAt) + "/admin" + issuer.substring(realmAt);
    }

    /** A list from the realm's admin API, asked as LabDesk's service account. */
    private static java.util.List<JsonObject> admin(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(adminUrl() + path))
                .header("Authorization", "Bearer " + serviceToken()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin API answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readArray().getValuesAs(JsonObject.class);
    }
}
