package io.labdesk.it;

import io.labdesk.launcher.WildFlyServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class WildFlyServerFiles {

    private WildFlyServerFiles() {
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            WildFlyServer.deleteTree(dir);
        }
    }
}
