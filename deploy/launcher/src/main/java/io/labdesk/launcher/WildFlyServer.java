package io.labdesk.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * WildFly from the provisioned installation (deploy/wildfly), run with its own base folder so that the
 * installation stays untouched and the server's data survives restarts. Deploys the LabDesk WAR.
 */
public final class WildFlyServer extends ServerProcess {

    private WildFlyServer(List<String> command, Map<String, String> env, Path home, Path log) {
        super("WildFly", command, env, home, log);
    }

    public static WildFlyServer start(Path home, Path baseDir, Path war, int httpPort, int managementPort,
                                      Map<String, String> systemProperties, Path javaHome) {
        if (!Files.exists(home.resolve(".labdesk-provisioned"))) {
            throw new LaunchException("WildFly is not provisioned in " + home + "; build the project first "
                    + "(deploy/labdesk build).");
        }
        if (!Files.isRegularFile(war)) {
            throw new LaunchException("The LabDesk WAR is missing at " + war + "; build the project first.");
        }
        prepareBaseDir(home, baseDir, war);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath(),
                "-Djboss.http.port=" + httpPort,
                "-Djboss.management.http.port=" + managementPort,
                "-Djboss.https.port=" + Ports.findFree()));
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        Map<String, String> env = Map.of("JAVA_HOME", javaHome.toString(), "LAUNCH_JBOSS_IN_BACKGROUND", "1",
                "NOPAUSE", "true");
        WildFlyServer server = new WildFlyServer(command, env, home, baseDir.resolve("log/console.log"));
        Path deployments = baseDir.resolve("deployments");
        try {
            server.awaitReady(() -> {
                if (Files.exists(deployments.resolve("labdesk.war.failed"))) {
                    throw new LaunchException("LabDesk failed to deploy; see " + baseDir.resolve("log/server.log"));
                }
                return Files.exists(deployments.resolve("labdesk.war.deployed"));
            }, Duration.ofSeconds(240));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * A server base folder for {@code jboss.server.base.dir}: fresh configuration from the installation on every
     * start, deployments and data kept.
     */
    public static void prepareBaseDir(Path home, Path baseDir) {
        try {
            Path configuration = baseDir.resolve("configuration");
            if (Files.exists(configuration)) {
                deleteTree(configuration);
            }
            copyTree(home.resolve("standalone/configuration"), configuration);
            Files.createDirectories(baseDir.resolve("deployments"));
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare WildFly's folder " + baseDir + ": " + e.getMessage(), e);
        }
    }

    private static void prepareBaseDir(Path home, Path baseDir, Path war) {
        prepareBaseDir(home, baseDir);
        try {
            Path deployments = baseDir.resolve("deployments");
            try (Stream<Path> markers = Files.list(deployments)) {
                for (Path marker : markers.filter(p -> p.getFileName().toString().startsWith("labdesk.war.")).toList()) {
                    Files.delete(marker);
                }
            }
            Files.copy(war, deployments.resolve("labdesk.war"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare WildFly's folder " + baseDir + ": " + e.getMessage(), e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
