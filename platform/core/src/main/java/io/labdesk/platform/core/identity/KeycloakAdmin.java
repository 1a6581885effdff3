package io.labdesk.platform.core.identity;

import io.labdesk.platform.core.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keycloak's admin REST API, called with LabDesk's own service account (client credentials) — never with a
 * person's password. Manages organizations (tenants' identity side), staff accounts and memberships.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    /** A new account and, when it was created now, the one-time password its owner must change at first sign-in. */
    public record Account(String id, String username, String temporaryPassword) {
        public boolean created() {
            return temporaryPassword != null;
        }
    }

    public String createOrganization(String alias, String name, String description) {
        JsonObject org = Json.createObjectBuilder().add("alias", alias).add("name", name).add("enabled", true)
                .add("description", description == null ? "" : description).build();
        HttpResponse<String> response = send("POST", "/organizations", org.toString());
        expect(response, 201, "create organization " + alias);
        return idFromLocation(response);
    }

    public Optional<String> findOrganization(String alias) {
        // Keycloak's search looks at names and domains, not aliases: page through the brief list instead.
        for (int first = 0; ; first += 200) {
            HttpResponse<String> response = send("GET", "/organizations?briefRepresentation=true&max=200&first="
                    + first, null);
            expect(response, 200, "find organization " + alias);
            JsonArray page = array(response);
            Optional<String> found = page.getValuesAs(JsonObject.class).stream()
                    .filter(o -> alias.equals(o.getString("alias", null))).map(o -> o.getString("id")).findFirst();
            if (found.isPresent() || page.size() < 200) {
                return found;
            }
        }
    }

    public void deleteOrganization(String organizationId) {
        send("DELETE", "/organizations/" + organizationId, null);
    }

    /** The account ids of an organization's members. */
    public List<String> organizationMembers(String organizationId) {
        List<String> ids = new ArrayList<>();
        for (int first = 0; ; first += 200) {
            HttpResponse<String> response = send("GET", "/organizations/" + organizationId + "/members?max=200&first="
                    + first, null);
            expect(response, 200, "list the members of an organization");
            JsonArray page = array(response);
            page.getValuesAs(JsonObject.class).forEach(u -> ids.add(u.getString("id")));
            if (page.size() < 200) {
                return ids;
            }
        }
    }

    /** Whether the account still belongs to some organization or holds a realm role beyond the defaults. */
    public boolean accountInUse(String userId) {
        HttpResponse<String> organizations = send("GET", "/organizations/members/" + userId + "/organizations", null);
        if (organizations.statusCode() == 200 && !array(organizations).isEmpty()) {
            return true;
        }
        HttpResponse<String> roles = send("GET", "/users/" + userId + "/role-mappings/realm", null);
        expect(roles, 200, "read the realm roles of an account");
        return array(roles).getValuesAs(JsonObject.class).stream().map(r -> r.getString("name", ""))
                .anyMatch("platform-admin"::equals);
    }

    /** The account with this username, or a new one with a temporary password. */
    public Account findOrCreateUser(String username, String displayName, String email) {
        Optional<String> existing = findUser(username);
        if (existing.isPresent()) {
            return new Account(existing.get(), username, null);
        }
        String[] names = PersonName.split(displayName);
        JsonObjectBuilder user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("email", email).add("emailVerified", true).add("firstName", names[0]).add("lastName", names[1]);
        HttpResponse<String> created = send("POST", "/users", user.build().toString());
        expect(created, 201, "create account " + username);
        String id = idFromLocation(created);
        String password = temporaryPassword();
        HttpResponse<String> reset = send("PUT", "/users/" + id + "/reset-password", Json.createObjectBuilder()
                .add("type", "password").add("value", password).add("temporary", true).build().toString());
        expect(reset, 204, "set the first password of " + username);
        return new Account(id, username, password);
    }

    public Optional<String> findUser(String username) {
        HttpResponse<String> response = send("GET", "/users?exact=true&username=" + encode(username), null);
        expect(response, 200, "find account " + username);
        return array(response).getValuesAs(JsonObject.class).stream()
                .filter(u -> username.equalsIgnoreCase(u.getString("username", ""))).map(u -> u.getString("id"))
                .findFirst();
    }

    public void deleteUser(String userId) {
        send("DELETE", "/users/" + userId, null);
    }

    public void addMember(String organizationId, String userId) {
        HttpResponse<String> response = send("POST", "/organizations/" + organizationId + "/members",
                Json.createValue(userId).toString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IdentityProviderRefused("add member", response.statusCode(), response.body());
        }
    }

    private static String temporaryPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        String issuer = Setting.OIDC_URL.require();
        int realmAt = issuer.indexOf("/realms/");
        URI uri = URI.create(issuer.substring(0, realmAt) + "/admin" + issuer.substring(realmAt) + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(issuer))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IdentityProviderRefused(method + " " + path, 0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderRefused(method + " " + path, 0, "interrupted");
        }
    }

    private synchronized String token(String issuer) {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(Setting.KEYCLOAK_ADMIN_CLIENT_ID.require())
                + "&client_secret=" + encode(Setting.KEYCLOAK_ADMIN_CLIENT_SECRET.require());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(issuer + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            expect(response, 200, "obtain the service account's token");
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            token = json.getString("access_token");
            tokenExpires = Instant.now().plusSeconds(Math.max(10, json.getInt("expires_in", 60) - 15));
            return token;
        } catch (IOException e) {
            throw new IdentityProviderRefused("obtain the service account's token", 0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderRefused("obtain the service account's token", 0, "interrupted");
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IdentityProviderRefused(what, response.statusCode(), response.body());
        }
    }

    private static String idFromLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonArray array(HttpResponse<String> response) {
        JsonValue value = Json.createReader(new StringReader(response.body())).readValue();
        return value.asJsonArray();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Keycloak did not do what LabDesk asked; the message carries its answer. */
    public static class IdentityProviderRefused extends RuntimeException {
        public IdentityProviderRefused(String what, int status, String answer) {
            super("Keycloak could not " + what + " (HTTP " + status + "): " + answer);
        }
    }
}
