package se.styrplan.devstack.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Waits;

/**
 * A private PostgreSQL cluster from the machine's own binaries (Debian's postgresql package), in a folder of
 * ours, listening on loopback only. As root it runs as the OS user {@code postgres}, since PostgreSQL refuses root.
 */
public final class PostgresServer {

    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "postgres";

    private final Path binDir;
    private final Path dataDir;
    private final int port;

    public PostgresServer(Path baseDir, int port) {
        this.binDir = findBinaries();
        this.dataDir = baseDir.resolve("data");
        this.port = port;
    }

    public int port() {
        return port;
    }

    public ManagedProcess start(long owner, Path log, Path guard, boolean durable) {
        initIfNeeded(log);
        List<String> command = new ArrayList<>(asPostgresUser());
        command.addAll(List.of(binDir.resolve("postgres").toString(), "-D", dataDir.toString(), "-p", Integer.toString(port),
                "-k", dataDir.toString(), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"));
        if (!durable) {
            // throwaway test clusters: durability buys nothing there
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        ManagedProcess process = ManagedProcess.start("PostgreSQL", command, dataDir.getParent(), Map.of(), log, owner, "INT", guard);
        Waits.until("PostgreSQL on port " + port, Duration.ofSeconds(60), process, this::acceptsConnections);
        return process;
    }

    /** Creates the login role and its database unless they exist (idempotent). */
    public void ensureDatabase(String database, String owner, String password) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + owner + "'")) {
                s.execute("create role \"" + owner + "\" login password '" + password + "'");
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + database + "'")) {
                s.execute("create database \"" + database + "\" owner \"" + owner + "\" encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new DevstackException("Could not create database " + database + " on port " + port + ": " + e.getMessage(), e);
        }
    }

    public void dropDatabase(String database) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists \"" + database + "\" with (force)");
        } catch (SQLException e) {
            throw new DevstackException("Could not drop database " + database + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private boolean acceptsConnections() {
        try (Connection c = connect("postgres")) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, SUPERUSER_PASSWORD);
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private void initIfNeeded(Path log) {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(log.getParent()); // initdb writes its log before the server's process creates the folder
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            Path pwFile = dataDir.getParent().resolve("pwfile");
            Files.writeString(pwFile, SUPERUSER_PASSWORD + "\n");
            if (isRoot()) {
                chownToPostgres(dataDir.getParent());
            }
            List<String> initdb = new ArrayList<>(asPostgresUser());
            initdb.addAll(List.of(binDir.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER,
                    "--pwfile=" + pwFile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"));
            Process p = new ProcessBuilder(initdb).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (p.waitFor() != 0) {
                throw new DevstackException("initdb failed for " + dataDir + ". See its log: " + log);
            }
            Files.deleteIfExists(pwFile);
        } catch (IOException e) {
            throw new DevstackException("Could not prepare the PostgreSQL folder " + dataDir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted during initdb", e);
        }
    }

    /** PostgreSQL refuses to run as root: as root, drop to the postgres OS user without an extra process. */
    private static List<String> asPostgresUser() {
        return isRoot() ? List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--") : List.of();
    }

    private static void chownToPostgres(Path dir) throws IOException, InterruptedException {
        // the folders above must be traversable by the postgres user too
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            var permissions = Files.getPosixFilePermissions(p);
            if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
                Files.setPosixFilePermissions(p, permissions);
            }
        }
        Process p = new ProcessBuilder("chown", "-R", "postgres:postgres", dir.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new DevstackException("Could not hand " + dir + " to the postgres user (chown failed).");
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path findBinaries() {
        String configured = System.getenv("STYRPLAN_PG_BIN");
        if (configured != null) {
            return Path.of(configured);
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                        .max((a, b) -> Integer.compare(major(a), major(b)));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException ignored) {
                // fall through to the message below
            }
        }
        throw new DevstackException("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin. "
                + "Install them (Debian: `apt-get install -y postgresql`) or set STYRPLAN_PG_BIN to the folder holding `postgres`.");
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
