package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST root and the health endpoint, called as an outside client would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void meWithoutATokenIs401AndNeverARedirectToTheLoginPage() throws Exception {
        HttpResponse<String> plain = get("/api/v1/me", null, null);
        HttpResponse<String> asBrowser = get("/api/v1/me", null, "text/html,application/xhtml+xml");

        assertThat(plain.statusCode()).isEqualTo(401);
        assertThat(plain.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(asBrowser.statusCode()).isEqualTo(401);
    }

    @Test
    void meWithAKeycloakTokenNamesTheUserTheirTenantAndRoles() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", Keycloak.accessToken("li.na"), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(me.getString("username")).isEqualTo("li.na");
        assertThat(me.getString("name")).isEqualTo("李娜");
        assertThat(me.getJsonObject("tenant").getString("slug")).isEqualTo("donghu-atc");
        assertThat(me.getJsonObject("tenant").getString("name")).isEqualTo("东湖大学分析测试中心");
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("CUSTOMER_SERVICE", "FOLLOW_UP");
        assertThat(me.getBoolean("platformAdmin")).isFalse();
    }

    @Test
    void eachUserSeesTheirOwnInstitution() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", Keycloak.accessToken("chen.jie"), "application/json");

        JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(me.getJsonObject("tenant").getString("slug")).isEqualTo("hengzhun-cal");
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("TENANT_ADMIN", "DIRECTOR");
    }

    @Test
    void operatorHasNoTenantButThePlatformRole() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", Keycloak.accessToken("operator"), "application/json");

        JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(me.containsKey("tenant")).as(response.body()).isTrue();
        assertThat(me.isNull("tenant")).isTrue();
        assertThat(me.getBoolean("platformAdmin")).isTrue();
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        String token = Keycloak.accessToken("li.na");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThat(get("/api/v1/me", forged, "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void healthReportsDatabaseAndKeycloakUpWithoutSigningIn() throws Exception {
        HttpResponse<String> response = get("/health", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("checks").getString("database")).isEqualTo("UP");
        assertThat(health.getJsonObject("checks").getString("keycloak")).isEqualTo("UP");
    }

    @Test
    void theStaffUiSendsBrowsersToTheKeycloakLogin() throws Exception {
        HttpResponse<String> response = get("/", null, "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(TestEnvironment.oidcUrl() + "/protocol/openid-connect/auth"));
    }

    private HttpResponse<String> get(String path, String bearer, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
