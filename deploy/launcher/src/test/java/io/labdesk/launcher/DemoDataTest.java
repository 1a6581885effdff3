package io.labdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.core.onboarding.TenantDefinition;
import io.labdesk.platform.core.onboarding.TenantDefinitions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo institutions are written twice, as tenants (tenants/) and as organizations (the realm): they agree. */
class DemoDataTest {

    private static final Path ROOT = Path.of("../..");

    @Test
    void everyTenantIsAnOrganizationWhoseMembersAreItsStaff() throws IOException {
        JsonObject realm;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/keycloak/labdesk-realm.json"))) {
            realm = Json.createReader(reader).readObject();
        }
        List<String> users = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username")).toList();

        List<TenantDefinition> tenants = TenantDefinitions.readAll(ROOT.resolve("tenants"));
        assertThat(tenants).hasSize(2);
        for (TenantDefinition tenant : tenants) {
            JsonObject organization = realm.getJsonArray("organizations").getValuesAs(JsonObject.class).stream()
                    .filter(o -> tenant.slug().equals(o.getString("alias"))).findFirst().orElseThrow(
                            () -> new AssertionError("no organization with alias " + tenant.slug()));
            assertThat(organization.getString("name")).isEqualTo(tenant.name());
            List<String> members = organization.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                    .map(m -> m.getString("username")).toList();
            List<String> staff = tenant.staff().stream().map(TenantDefinition.Staff::username).toList();
            assertThat(members).containsExactlyInAnyOrderElementsOf(staff);
            assertThat(users).containsAll(staff);
        }
    }

    @Test
    void demoLoginsListEveryStaffMemberWithInstitutionAndRoles() {
        List<String> lines = Launcher.demoLogins(ROOT.resolve("tenants"));

        assertThat(lines).hasSize(8);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("zhang.wei", "东湖大学分析测试中心", "tenant admin"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("zhao.min", "衡准计量校准有限公司", "internal auditor"));
    }

    @Test
    void theLabDeskClientReturnsOnlyToLabDeskAndAddsTheOrganizationClaim() throws IOException {
        JsonObject realm;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/keycloak/labdesk-realm.json"))) {
            realm = Json.createReader(reader).readObject();
        }
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> "labdesk".equals(c.getString("clientId"))).findFirst().orElseThrow();
        assertThat(client.getJsonArray("redirectUris").getValuesAs(JsonValue::toString))
                .allSatisfy(uri -> assertThat(uri).doesNotContain("\"*\""));
        // Requested as organization:* so that the token lists every organization of the user.
        assertThat(client.getJsonArray("optionalClientScopes").getValuesAs(JsonValue::toString))
                .contains("\"organization\"");
        assertThat(realm.getBoolean("organizationsEnabled")).isTrue();
    }
}
