package se.styrplan.faults.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy in front of a local echo server: bytes pass, a freeze holds them (connections stay open), a thaw lets them on. */
class FreezableProxyTest {

    /** How long "nothing arrives" is watched: the proxy holds bytes for as long as it is frozen, so any wait shows it. */
    private static final int SILENCE_MS = 400;

    private ServerSocket echo;
    private FreezableProxy proxy;

    @BeforeEach
    void setUp() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread t = new Thread(() -> echoAll(s));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        server.setDaemon(true);
        server.start();
        proxy = FreezableProxy.start(0, echo.getLocalPort());
    }

    @AfterEach
    void tearDown() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void forwardsBothWays() throws IOException {
        try (Socket client = connect()) {
            send(client, "hello");
            assertThat(receive(client, 5)).isEqualTo("hello");
            assertThat(proxy.connections()).isEqualTo(1);
        }
    }

    @Test
    void aFreezeHoldsTheBytesWithoutClosingAndAThawDeliversThem() throws IOException {
        try (Socket client = connect()) {
            send(client, "before");
            assertThat(receive(client, 6)).isEqualTo("before");

            proxy.freeze();
            assertThat(proxy.isFrozen()).isTrue();
            send(client, "during");
            client.setSoTimeout(SILENCE_MS);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(client.isClosed()).isFalse();
            assertThat(proxy.connections()).isEqualTo(1);

            proxy.thaw();
            client.setSoTimeout(5_000);
            assertThat(receive(client, 6)).isEqualTo("during");
        }
    }

    @Test
    void aConnectionOpenedWhileFrozenIsServedOnlyAfterTheThaw() throws IOException {
        proxy.freeze();
        try (Socket client = connect()) {
            send(client, "late");
            client.setSoTimeout(SILENCE_MS);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(proxy.connections()).isZero();

            proxy.thaw();
            client.setSoTimeout(5_000);
            assertThat(receive(client, 4)).isEqualTo("late");
        }
    }

    @Test
    void aHalfCloseIsPassedOnAndTheAnswerStillComesBack() throws IOException {
        // a server that answers only once the client has finished sending, then closes
        try (ServerSocket counting = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                FreezableProxy toCounting = FreezableProxy.start(0, counting.getLocalPort())) {
            Thread server = new Thread(() -> {
                try (Socket s = counting.accept()) {
                    int n = s.getInputStream().readAllBytes().length;
                    s.getOutputStream().write(("got " + n).getBytes(StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the test fails on its side
                }
            });
            server.setDaemon(true);
            server.start();
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), toCounting.port())) {
                client.setSoTimeout(5_000);
                send(client, "abcde");
                client.shutdownOutput();
                assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("got 5");
            }
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        s.setSoTimeout(5_000);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String receive(Socket s, int bytes) throws IOException {
        byte[] buffer = new byte[bytes];
        InputStream in = s.getInputStream();
        int read = 0;
        while (read < bytes) {
            int n = in.read(buffer, read, bytes - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        return new String(buffer, 0, read, StandardCharsets.UTF_8);
    }

    private static void echoAll(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            byte[] buffer = new byte[1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // the test closed it
        }
    }
}
