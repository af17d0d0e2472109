package se.styrplan.devstack.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import se.styrplan.devstack.DevstackException;

/** Loopback ports: free ones for tests, and a clear refusal when a fixed one is taken. */
public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on right now (the OS picks it). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevstackException("Could not find a free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /**
     * An ephemeral port above 20000: never one of the run command's (8080-8083, 9080, 8180/9180, 15432/19092/19093),
     * so that test and fault runs can start while it is up.
     */
    public static int freeAwayFromTheRunCommand() {
        while (true) {
            int port = free();
            if (port > 20000) {
                return port;
            }
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming the port and its user when something already listens on it. */
    public static void requireFree(int port, String user) {
        if (isListening(port) || !canBind(port)) {
            throw new DevstackException("Port " + port + " (" + user + ") is already in use. "
                    + "Stop whatever listens there (e.g. `ss -ltnp 'sport = :" + port + "'` shows it) and try again.");
        }
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
