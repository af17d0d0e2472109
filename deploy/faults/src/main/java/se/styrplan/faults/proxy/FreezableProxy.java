package se.styrplan.faults.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback that can be frozen: while frozen it forwards no byte in either direction and passes on no
 * close, but keeps every connection open and accepts new ones without serving them, the way a network partition
 * looks to both ends (no RST, no FIN: silence). Thawing forwards whatever waited, in order.
 * <p>
 * One thread per direction and connection: the fault runs have a handful of Kafka connections, and blocking I/O keeps
 * the freeze a single gate that each pump passes before it writes.
 */
public final class FreezableProxy implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private final Object gate = new Object();
    private boolean frozen;
    private volatile boolean closed;

    private FreezableProxy(ServerSocket server, InetSocketAddress upstream) {
        this.server = server;
        this.upstream = upstream;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "proxy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port) and forwards to 127.0.0.1:{@code upstreamPort}. */
    public static FreezableProxy start(int port, int upstreamPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        FreezableProxy proxy = new FreezableProxy(server, new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort));
        proxy.threads.execute(proxy::acceptLoop);
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    public void freeze() {
        synchronized (gate) {
            frozen = true;
        }
    }

    public void thaw() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    public boolean isFrozen() {
        synchronized (gate) {
            return frozen;
        }
    }

    /** Connections open now (each counts its two sockets once). */
    public int connections() {
        return sockets.size() / 2;
    }

    @Override
    public void close() {
        closed = true;
        thaw();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        sockets.forEach(this::drop);
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                passGate(); // a new connection is not served while frozen: the client sees a connect that never answers
                Socket target = new Socket();
                try {
                    target.connect(upstream, 5_000);
                } catch (IOException e) {
                    drop(client);
                    drop(target);
                    continue;
                }
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(target);
                AtomicInteger open = new AtomicInteger(2);
                threads.execute(() -> pump(client, target, open));
                threads.execute(() -> pump(target, client, open));
            } catch (IOException | InterruptedException e) {
                if (!closed) {
                    System.err.println("proxy: accept failed: " + e.getMessage());
                }
                return;
            }
        }
    }

    /** Copies one direction until its end; an end (EOF) is passed on as a half-close, and only when not frozen. */
    private void pump(Socket from, Socket to, AtomicInteger open) {
        byte[] buffer = new byte[64 * 1024];
        try {
            // not closed here: closing a socket's stream closes the socket, and the other direction may still be going
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) != -1) {
                passGate();
                out.write(buffer, 0, n);
                out.flush();
            }
            passGate();
            to.shutdownOutput();
        } catch (IOException | InterruptedException e) {
            // one side went away: the other one goes too
            drop(from);
            drop(to);
        } finally {
            if (open.decrementAndGet() == 0) {
                drop(from);
                drop(to);
            }
        }
    }

    private void passGate() throws InterruptedException {
        synchronized (gate) {
            while (frozen && !closed) {
                gate.wait();
            }
        }
    }

    private void drop(Socket s) {
        sockets.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
