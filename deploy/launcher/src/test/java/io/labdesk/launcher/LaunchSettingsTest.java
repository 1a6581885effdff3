package io.labdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    private static final Path ROOT = Path.of("/srv/labdesk");
    private static final Path JDK = Path.of("/opt/jdk");

    @Test
    void defaultsSuitADeveloperMachine() {
        LaunchSettings s = LaunchSettings.from(Map.of(), ROOT, JDK);

        assertThat(s.httpPort()).isEqualTo(8080);
        assertThat(s.keycloakPort()).isEqualTo(8180);
        assertThat(s.dbPort()).isEqualTo(15432);
        assertThat(s.dataDir()).isEqualTo(ROOT.resolve(".labdesk"));
        assertThat(s.externalDbUrl()).isNull();
        assertThat(s.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(s.war()).isEqualTo(ROOT.resolve("platform/app/target/labdesk.war"));
    }

    @Test
    void environmentOverridesPortsAndPointsAtExternalServices() {
        LaunchSettings s = LaunchSettings.from(Map.of("LABDESK_HTTP_PORT", "9080",
                "LABDESK_DB_URL", "jdbc:postgresql://db:5432/labdesk",
                "LABDESK_BASE_URL", "https://desk.example.cn/"), ROOT, JDK);

        assertThat(s.httpPort()).isEqualTo(9080);
        assertThat(s.externalDbUrl()).isEqualTo("jdbc:postgresql://db:5432/labdesk");
        assertThat(s.baseUrl()).isEqualTo("https://desk.example.cn");
    }

    @Test
    void aBadPortNamesTheVariable() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("LABDESK_KEYCLOAK_PORT", "eighty"), ROOT, JDK))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("LABDESK_KEYCLOAK_PORT=eighty");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("LABDESK_HTTP_PORT", "70000"), ROOT, JDK))
                .hasMessageContaining("LABDESK_HTTP_PORT");
    }

    @Test
    void aPortInUseSaysWhatToChange() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(Ports.isFree(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(port, "LabDesk HTTP", "LABDESK_HTTP_PORT"))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining("Port " + port + " (LabDesk HTTP) is already in use")
                    .hasMessageContaining("LABDESK_HTTP_PORT=" + (port + 1));
        }
    }
}
