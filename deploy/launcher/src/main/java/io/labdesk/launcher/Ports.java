package io.labdesk.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports: whether one is free, and a free one for tests. */
public final class Ports {

    private Ports() {
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int findFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port", e);
        }
    }

    /** Fails with a message that names the setting to change when {@code port} is taken. */
    public static void requireFree(int port, String what, String variable) {
        if (!isFree(port)) {
            throw new LaunchException("Port " + port + " (" + what + ") is already in use. Stop whatever uses it, or "
                    + "choose another port, e.g. " + variable + "=" + (port + 1) + ".");
        }
    }
}
